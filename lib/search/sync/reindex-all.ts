import type { Db } from '@/lib/db/prisma'
import { loadSearchDocuments } from '../load-documents'
import type { SearchDocumentType } from '../search-port'
import type { SearchIndexSink } from './search-index-sink'

/**
 * Rebuilds the index from Postgres: every visible document is upserted in batches, then documents
 * the index holds but Postgres no longer shows are removed. Search keeps answering throughout
 * (no empty index while it runs).
 */
const BATCH = 500

async function* idBatches(db: Db, type: SearchDocumentType): AsyncGenerator<string[]> {
  let cursor: string | undefined
  for (;;) {
    const args = {
      take: BATCH,
      orderBy: { id: 'asc' as const },
      select: { id: true },
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    }
    const rows =
      type === 'provision'
        ? await db.provision.findMany(args)
        : type === 'definition'
          ? await db.definition.findMany(args)
          : type === 'instrument'
            ? await db.instrument.findMany(args)
            : await db.jurisdiction.findMany(args)
    if (!rows.length) return
    yield rows.map((row) => row.id)
    cursor = rows[rows.length - 1].id
  }
}

export async function reindexAll(
  db: Db,
  sink: SearchIndexSink,
  log: (line: string) => void = () => {},
): Promise<{ indexed: number; removed: number }> {
  const kept = new Set<string>()
  for (const type of ['jurisdiction', 'instrument', 'provision', 'definition'] as const) {
    let count = 0
    for await (const ids of idBatches(db, type)) {
      const documents = await loadSearchDocuments(
        db,
        ids.map((entityId) => ({ type, entityId })),
      )
      await sink.upsert([...documents.values()])
      for (const id of documents.keys()) kept.add(id)
      count += documents.size
    }
    log(`${type}: ${count} documents`)
  }
  const stale: string[] = []
  for await (const ids of sink.listIds()) stale.push(...ids.filter((id) => !kept.has(id)))
  for (let i = 0; i < stale.length; i += BATCH) await sink.remove(stale.slice(i, i + BATCH))
  if (stale.length) log(`removed ${stale.length} stale documents`)
  return { indexed: kept.size, removed: stale.length }
}
