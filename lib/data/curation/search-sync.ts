import type { Tx } from './types'

/**
 * MERGE POINT (search outbox): the single place the curation write path tells search that a row
 * changed. It writes the transactional outbox row directly, in the caller's transaction. When
 * lib/search/outbox.ts lands, replace the body with
 *   `await enqueueSearchSync(tx, entityType, entityId, operation)`
 */
export async function queueSearchSync(tx: Tx, entityType: string, entityId: string, operation: 'UPSERT' | 'DELETE') {
  await tx.searchOutbox.create({ data: { entityType, entityId, operation } })
}
