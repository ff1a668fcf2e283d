import type { Db } from '@/lib/db/prisma'
import { pickCurrentVersions } from '@/lib/domain/current-version'
import { published } from '../published'
import type { ResolvedColumn } from './find-compare-columns'
import { instrumentHeaderSelect } from '../shared-selects'

/**
 * The current version (lib/domain/current-version.ts) of every published instrument behind the
 * columns: all instruments of a jurisdiction column, the one instrument of an instrument column.
 * One query; returns versionId → version with its instrument and owning column key.
 */
export async function findCurrentVersions(client: Db, { columns, today }: { columns: ResolvedColumn[]; today: Date }) {
  const jurisdictionIds = columns.filter((c) => c.kind === 'jurisdiction').map((c) => c.id)
  const instrumentIds = columns.filter((c) => c.kind === 'instrument').map((c) => c.id)
  if (!jurisdictionIds.length && !instrumentIds.length) return new Map<string, CurrentVersion>()
  const versions = await client.instrumentVersion.findMany({
    where: {
      ...published,
      instrument: { ...published, OR: [{ jurisdictionId: { in: jurisdictionIds } }, { id: { in: instrumentIds } }] },
    },
    select: {
      id: true,
      instrumentId: true,
      expressionUri: true,
      language: true,
      asAt: true,
      validFrom: true,
      validTo: true,
      instrument: { select: { id: true, ...instrumentHeaderSelect, jurisdictionId: true } },
    },
  })
  const columnByJurisdiction = new Map(columns.filter((c) => c.kind === 'jurisdiction').map((c) => [c.id, c.key]))
  const columnByInstrument = new Map(columns.filter((c) => c.kind === 'instrument').map((c) => [c.id, c.key]))
  const current = new Map<string, CurrentVersion>()
  for (const version of pickCurrentVersions(versions, today).values()) {
    // An instrument can be both a jurisdiction's own and the extra column (COE and Lanzarote): show it in both.
    const keys = [
      columnByJurisdiction.get(version.instrument.jurisdictionId),
      columnByInstrument.get(version.instrument.id),
    ].filter((key): key is string => Boolean(key))
    current.set(version.id, { ...version, columnKeys: keys })
  }
  return current
}

export type CurrentVersion = {
  id: string
  instrumentId: string
  expressionUri: string
  language: string
  asAt: Date | null
  validFrom: Date | null
  validTo: Date | null
  instrument: { id: string; uri: string; title: string; shortTitle: string | null; jurisdictionId: string }
  columnKeys: string[]
}
