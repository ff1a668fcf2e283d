import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { published } from './published'

export async function getHomeStats(db: Db) {
  const [
    jurisdictions,
    jurisdictionsWithLaw,
    instruments,
    provisions,
    definitions,
    ageBenchmarks,
    treatyActions,
    standards,
  ] = await Promise.all([
    db.jurisdiction.count({ where: published }),
    db.jurisdiction.count({
      where: { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL'] }, instruments: { some: published } },
    }),
    db.instrument.count({ where: published }),
    db.provision.count({ where: published }),
    db.definition.count({ where: published }),
    db.ageBenchmark.count({ where: published }),
    db.treatyAction.count({ where: published }),
    db.baselineStandard.count({ where: published }),
  ])
  return {
    jurisdictions,
    jurisdictionsWithLaw,
    instruments,
    provisions,
    definitions,
    ageBenchmarks,
    treatyActions,
    standards,
  }
}
