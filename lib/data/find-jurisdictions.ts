import 'server-only'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { jurisdictionKindFromParam } from '@/lib/domain/labels'
import { sortJurisdictionRows } from '@/lib/domain/sort-jurisdiction-rows'
import type { JurisdictionListParams } from '@/lib/schemas/browse'
import { published } from './published'

/**
 * Jurisdictions for the browse list, filtered by name/code, M49 region, kind and "has national law",
 * sorted by a column (counts are of published records, so the sort runs on the rows, ≤ ~350 of them).
 */
export async function findJurisdictions(db: Db, params: JurisdictionListParams) {
  const where: Prisma.JurisdictionWhereInput = { ...published }
  if (params.q) {
    where.OR = [
      { name: { contains: params.q, mode: 'insensitive' } },
      { officialName: { contains: params.q, mode: 'insensitive' } },
      { code: { equals: params.q.toUpperCase() } },
    ]
  }
  if (params.region) where.regionCode = params.region
  if (params.kind) where.kind = jurisdictionKindFromParam[params.kind]
  if (params.law === '1') where.instruments = { some: published }

  const rows = await db.jurisdiction.findMany({
    where,
    orderBy: [{ name: 'asc' }],
    select: {
      code: true,
      name: true,
      kind: true,
      regionName: true,
      subregionName: true,
      parent: { select: { code: true, name: true } },
      sovereign: { select: { code: true, name: true } },
      _count: {
        select: {
          instruments: { where: published },
          definitions: { where: published },
          ageBenchmarks: { where: published },
        },
      },
    },
  })
  return sortJurisdictionRows(rows, params.sort ?? 'name', params.dir ?? 'asc')
}

/** The filter options: M49 regions and jurisdiction kinds present in the data. */
export async function findJurisdictionFacets(db: Db) {
  const [regions, kinds] = await Promise.all([
    db.jurisdiction.groupBy({
      by: ['regionCode', 'regionName'],
      where: { ...published, regionCode: { not: null } },
      _count: { _all: true },
      orderBy: { regionName: 'asc' },
    }),
    db.jurisdiction.groupBy({ by: ['kind'], where: published, _count: { _all: true }, orderBy: { kind: 'asc' } }),
  ])
  return {
    regions: regions.map((r) => ({ code: r.regionCode!, name: r.regionName ?? r.regionCode!, count: r._count._all })),
    kinds: kinds.map((k) => ({ kind: k.kind, count: k._count._all })),
  }
}
