import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * The transactional outbox. Call enqueueSearchSync with the transaction client of every write to
 * an indexed row (jurisdiction, instrument, instrument version, provision, definition), so the
 * change and the note to re-index it commit or roll back together. A worker drains the outbox
 * into Meilisearch later; a write never waits for, or fails because of, the search server.
 *
 *   await db.$transaction(async (tx) => {
 *     await tx.provision.update({ where: { id }, data })
 *     await enqueueSearchSync(tx, 'provision', id, 'UPSERT')
 *   })
 *
 * Use 'UPSERT' for creates and edits (including soft deletes and unpublishing: the worker reads
 * the row and removes what the public may no longer see) and 'DELETE' for rows deleted outright.
 * 'all' / '*' asks for a full reindex (the seed uses it). The embedded engine needs none of this:
 * it reads Postgres directly.
 */
const searchEntityTypes = ['jurisdiction', 'instrument', 'instrumentVersion', 'provision', 'definition', 'all'] as const
export type SearchEntityType = (typeof searchEntityTypes)[number]
export type SearchSyncOperation = 'UPSERT' | 'DELETE'

/**
 * The search entity type for a model or entity name ("Provision", "provision",
 * "InstrumentVersion" …); null for rows search does not index (age benchmarks, treaty actions …).
 */
export function toSearchEntityType(name: string): SearchEntityType | null {
  const camel = name.charAt(0).toLowerCase() + name.slice(1)
  return (searchEntityTypes as readonly string[]).includes(camel) ? (camel as SearchEntityType) : null
}

type OutboxClient = Pick<Prisma.TransactionClient, 'searchOutbox'>

export async function enqueueSearchSync(
  tx: OutboxClient,
  entityType: SearchEntityType,
  entityId: string,
  operation: SearchSyncOperation = 'UPSERT',
) {
  await tx.searchOutbox.create({ data: { entityType, entityId, operation } })
}

/** Several entries in one statement (the law import: one per instrument version, not per provision). */
export async function enqueueSearchSyncMany(
  tx: OutboxClient,
  entries: { entityType: SearchEntityType; entityId: string; operation?: SearchSyncOperation }[],
) {
  if (!entries.length) return
  await tx.searchOutbox.createMany({
    data: entries.map((e) => ({ entityType: e.entityType, entityId: e.entityId, operation: e.operation ?? 'UPSERT' })),
  })
}
