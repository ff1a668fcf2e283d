import type { Db } from '@/lib/db/prisma'
import { pageOf } from '@/lib/domain/api-cursor'
import { published } from '../published'
import { cursorKey, param, type ListOptions } from './shape'
import { provisionTextSelect } from '@/lib/data/shared-selects'

/** Every published provision, flat, for the bulk download (the API gives trees per instrument). */
export async function findApiBulkProvisions(db: Db, options: ListOptions) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.provision.findMany({
    where: {
      ...published,
      instrumentVersion: { ...published, instrument: { ...published, jurisdiction: published } },
      ...(after ? { id: { gt: String(after[0]) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: options.limit + 1,
    select: {
      ...provisionTextSelect,
      parent: { select: { eId: true } },
      instrumentVersion: { select: { expressionUri: true, instrument: { select: { uri: true } } } },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.id])
  return {
    data: items.map((p) => ({
      instrumentUri: p.instrumentVersion.instrument.uri,
      expressionUri: p.instrumentVersion.expressionUri,
      eId: p.eId,
      parent: p.parent?.eId ?? null,
      num: p.num,
      heading: p.heading,
      text: p.text,
      textKind: param(p.textKind),
      citation: p.citation,
      sourceUrl: p.sourceUrl,
      verification: param(p.verification),
    })),
    page,
  }
}
