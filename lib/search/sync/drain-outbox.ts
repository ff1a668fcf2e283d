import type { Db } from '@/lib/db/prisma'
import { loadSearchDocuments, type DocumentRef } from '../load-documents'
import { searchDocumentId } from '../documents'
import { toSearchEntityType, type SearchEntityType } from '../outbox'
import { expandEntity } from './expand-entity'
import { reindexAll } from './reindex-all'
import type { SearchIndexSink } from './search-index-sink'

/**
 * Drains due outbox entries into the index. Entries are claimed with a lease (availableAt moved
 * forward) under FOR UPDATE SKIP LOCKED, so two workers never take the same entry and a worker
 * that dies mid-batch leaves them to be retried when the lease ends. The worker reads the current
 * rows, never the entry's payload, so order does not matter and a retry is harmless. On failure
 * every claimed entry is kept, with its attempt count, error and a backoff; nothing is dropped.
 */
export type DrainResult = { claimed: number; processed: number; failed: number; error?: string }
type Claimed = { id: bigint; entityType: string; entityId: string; operation: 'UPSERT' | 'DELETE'; attempts: number }

const LEASE_SECONDS = 120
const MAX_BACKOFF_SECONDS = 300

async function claim(db: Db, limit: number): Promise<Claimed[]> {
  return db.$queryRawUnsafe<Claimed[]>(
    `UPDATE "SearchOutbox" SET "availableAt" = now() + make_interval(secs => $2::int)
     WHERE id IN (
       SELECT id FROM "SearchOutbox" WHERE "processedAt" IS NULL AND "availableAt" <= now()
       ORDER BY id LIMIT $1::int FOR UPDATE SKIP LOCKED
     )
     RETURNING id, "entityType", "entityId", operation::text AS operation, attempts`,
    limit,
    LEASE_SECONDS,
  )
}

async function apply(db: Db, sink: SearchIndexSink, claimed: Claimed[]) {
  // Entity names may be written as model names ("Provision"); rows search does not index are done.
  const entries = claimed.flatMap((e) => {
    const type = toSearchEntityType(e.entityType)
    return type ? [{ ...e, type }] : []
  })
  if (entries.some((e) => e.type === 'all')) {
    await reindexAll(db, sink)
    return
  }
  const seen = new Set<string>()
  const refs: DocumentRef[] = []
  for (const entry of entries) {
    if (entry.operation === 'DELETE' && entry.type !== 'provision' && entry.type !== 'definition') {
      // The rows under a deleted instrument or jurisdiction may be gone too; find their documents by ancestry.
      await sink.removeByAncestor(entry.entityId)
    }
    for (const ref of await expandEntity(db, entry.type as Exclude<SearchEntityType, 'all'>, entry.entityId)) {
      const id = searchDocumentId(ref.type, ref.entityId)
      if (!seen.has(id)) {
        seen.add(id)
        refs.push(ref)
      }
    }
  }
  const documents = await loadSearchDocuments(db, refs)
  await sink.upsert([...documents.values()])
  await sink.remove([...seen].filter((id) => !documents.has(id)))
}

export async function drainOutbox(
  db: Db,
  sink: SearchIndexSink,
  options: { batchSize?: number } = {},
): Promise<DrainResult> {
  const entries = await claim(db, options.batchSize ?? 200)
  if (!entries.length) return { claimed: 0, processed: 0, failed: 0 }
  const ids = entries.map((e) => e.id)
  try {
    await apply(db, sink, entries)
    await db.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date(), lastError: null } })
    return { claimed: entries.length, processed: entries.length, failed: 0 }
  } catch (error) {
    const message = ((error as Error).message || String(error)).slice(0, 1000)
    await db.$executeRawUnsafe(
      `UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = $2::text,
         "availableAt" = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, greatest(1, attempts + 1)))::int)
       WHERE id = ANY($1::bigint[])`,
      ids.map(String),
      message,
    )
    return { claimed: entries.length, processed: 0, failed: entries.length, error: message }
  }
}

/** Deletes processed entries older than `days` (the outbox is a queue, not a log). */
export async function pruneOutbox(db: Db, days = 7) {
  const before = new Date(Date.now() - days * 86_400_000)
  const { count } = await db.searchOutbox.deleteMany({ where: { processedAt: { lt: before } } })
  return count
}
