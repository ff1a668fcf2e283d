import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { pageOf } from '@/lib/domain/api-cursor'
import { published } from '../published'
import { cursorKey, day, enumOf, param, type ListOptions } from './shape'

/** Published jurisdictions for GET /api/v1/jurisdictions[/{code}], field by field (notes are curator-only). */
const select = {
  code: true,
  name: true,
  officialName: true,
  kind: true,
  iso3: true,
  m49Code: true,
  regionCode: true,
  regionName: true,
  subregionCode: true,
  subregionName: true,
  sourceUrl: true,
  verification: true,
  parent: { select: { code: true, publicationState: true, deletedAt: true } },
  _count: {
    select: {
      instruments: { where: published },
      definitions: { where: published },
      ageBenchmarks: { where: published },
    },
  },
} satisfies Prisma.JurisdictionSelect

type Row = Prisma.JurisdictionGetPayload<{ select: typeof select }>

function toItem(row: Row) {
  const parentShown = row.parent && row.parent.publicationState === 'PUBLISHED' && !row.parent.deletedAt
  return {
    code: row.code,
    name: row.name,
    officialName: row.officialName,
    kind: param(row.kind),
    iso3: row.iso3,
    m49Code: row.m49Code,
    region: row.regionCode ? { code: row.regionCode, name: row.regionName ?? row.regionCode } : null,
    subregion: row.subregionCode ? { code: row.subregionCode, name: row.subregionName ?? row.subregionCode } : null,
    parent: parentShown ? row.parent!.code : null,
    sourceUrl: row.sourceUrl,
    verification: param(row.verification),
    counts: {
      instruments: row._count.instruments,
      definitions: row._count.definitions,
      ageBenchmarks: row._count.ageBenchmarks,
    },
  }
}

export async function findApiJurisdictions(db: Db, options: ListOptions & { kind?: string; region?: string }) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.jurisdiction.findMany({
    where: {
      ...published,
      ...(options.kind ? { kind: enumOf(options.kind) } : {}),
      ...(options.region ? { OR: [{ regionCode: options.region }, { subregionCode: options.region }] } : {}),
      ...(after ? { code: { gt: String(after[0]) } } : {}),
    },
    orderBy: { code: 'asc' },
    take: options.limit + 1,
    select,
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.code])
  return { data: items.map(toItem), page }
}

export async function getApiJurisdiction(db: Db, options: { code: string }) {
  const row = await db.jurisdiction.findFirst({
    where: { ...published, code: options.code },
    select: {
      ...select,
      memberships: {
        where: { organisation: published },
        orderBy: { organisation: { code: 'asc' } },
        select: { joinedOn: true, leftOn: true, organisation: { select: { code: true, name: true } } },
      },
      members: {
        where: { member: published },
        orderBy: { member: { code: 'asc' } },
        select: { joinedOn: true, leftOn: true, member: { select: { code: true, name: true } } },
      },
      instruments: {
        where: published,
        orderBy: { uri: 'asc' },
        select: { uri: true, kind: true, title: true, status: true },
      },
    },
  })
  if (!row) return null
  const { memberships, members, instruments, ...base } = row
  return {
    ...toItem(base),
    memberOf: memberships.map((m) => ({ ...m.organisation, joinedOn: day(m.joinedOn), leftOn: day(m.leftOn) })),
    members: members.map((m) => ({ ...m.member, joinedOn: day(m.joinedOn), leftOn: day(m.leftOn) })),
    instruments: instruments.map((i) => ({ uri: i.uri, kind: param(i.kind), title: i.title, status: param(i.status) })),
  }
}
