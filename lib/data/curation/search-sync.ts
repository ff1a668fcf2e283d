import { enqueueSearchSync, toSearchEntityType } from '@/lib/search/outbox'
import type { Tx } from './curated-model'

/**
 * The single place the curation write path tells search that a row changed: an outbox entry in
 * the caller's transaction (lib/search/outbox.ts). Rows search does not index (age benchmarks,
 * treaty actions …) need no entry.
 */
export async function queueSearchSync(tx: Tx, entityType: string, entityId: string, operation: 'UPSERT' | 'DELETE') {
  const type = toSearchEntityType(entityType)
  if (type) await enqueueSearchSync(tx, type, entityId, operation)
}
