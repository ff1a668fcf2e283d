import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { jurisdictionKindFromParam } from '@/lib/domain/labels'
import type { JurisdictionRow } from '@/lib/domain/gaps/gap-inputs'
import type { GapMatrixQuery } from '@/lib/schemas/gaps'
import { published } from '../published'

/**
 * The jurisdictions a matrix may show, by region, kind and membership of an organisation on the
 * date (joined on or before it, not left by then; undated joins count).
 */
export async function findMatrixJurisdictions(
  db: Db,
  query: Pick<GapMatrixQuery, 'region' | 'org' | 'kind'>,
  date: Date,
  codes?: string[],
): Promise<JurisdictionRow[]> {
  const where: Prisma.JurisdictionWhereInput = { ...published }
  if (codes) where.code = { in: codes }
  if (query.region) where.regionCode = query.region
  if (query.kind) where.kind = jurisdictionKindFromParam[query.kind]
  if (query.org) {
    where.memberships = {
      some: {
        organisation: { code: query.org },
        AND: [
          { OR: [{ joinedOn: null }, { joinedOn: { lte: date } }] },
          { OR: [{ leftOn: null }, { leftOn: { gt: date } }] },
        ],
      },
    }
  }
  return db.jurisdiction.findMany({
    where,
    orderBy: { name: 'asc' },
    select: { id: true, code: true, name: true, kind: true, regionName: true },
  })
}

/** Organisations with members and the M49 regions present, for the filter form. */
export async function findGapFilterOptions(db: Db) {
  const [organisations, regions] = await Promise.all([
    db.jurisdiction.findMany({
      where: {
        ...published,
        kind: { in: ['REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION'] },
        members: { some: {} },
      },
      orderBy: { name: 'asc' },
      select: { code: true, name: true },
    }),
    db.jurisdiction.groupBy({
      by: ['regionCode', 'regionName'],
      where: { ...published, regionCode: { not: null } },
      orderBy: { regionName: 'asc' },
    }),
  ])
  return { organisations, regions: regions.map((r) => ({ code: r.regionCode!, name: r.regionName ?? r.regionCode! })) }
}
