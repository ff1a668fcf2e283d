import 'server-only'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { instrumentKindFromParam, type InstrumentListParams } from '@/lib/schemas/instruments'
import { published } from './published'

const PAGE_SIZE = 50

/** Instruments for the browse list: title/citation search, kind, scope (national or international), paged. */
export async function findInstruments(db: Db, params: InstrumentListParams) {
  const where: Prisma.InstrumentWhereInput = { ...published, jurisdiction: published }
  if (params.q) {
    where.OR = [
      { title: { contains: params.q, mode: 'insensitive' } },
      { shortTitle: { contains: params.q, mode: 'insensitive' } },
      { officialCitation: { contains: params.q, mode: 'insensitive' } },
    ]
  }
  if (params.kind) where.kind = instrumentKindFromParam[params.kind]
  if (params.scope === 'international')
    where.jurisdiction = { ...published, kind: { in: ['REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION'] } }
  if (params.scope === 'national')
    where.jurisdiction = { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL'] } }

  const [total, rows] = await Promise.all([
    db.instrument.count({ where }),
    db.instrument.findMany({
      where,
      orderBy: [{ jurisdiction: { name: 'asc' } }, { title: 'asc' }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        uri: true,
        title: true,
        shortTitle: true,
        kind: true,
        status: true,
        officialCitation: true,
        inForceOn: true,
        verification: true,
        jurisdiction: { select: { code: true, name: true } },
        _count: { select: { versions: { where: published } } },
      },
    }),
  ])
  return { total, rows, page: params.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) }
}
