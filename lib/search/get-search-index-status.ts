import type { Db } from '@/lib/db/prisma'
import type { Env } from '@/lib/env'
import { createMeilisearchIndex } from './meilisearch/meilisearch-index'
import { readSyncState } from './sync/sync-state'

/**
 * The state of search for the admin page: which engine answers, what the embedded engine holds,
 * and for Meilisearch the outbox backlog, the last error and the index size. Holds no secret: no
 * API key, no host address (errors are stripped of URLs).
 */
type SearchIndexStatus = Awaited<ReturnType<typeof getSearchIndexStatus>>

export function redactError(message: string | null | undefined): string | null {
  if (!message) return null
  return message
    .replace(/https?:\/\/[^\s"')]+/g, '[search server]')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '[address]')
    .slice(0, 500)
}

export async function getSearchIndexStatus(db: Db, env: Pick<Env, 'MEILISEARCH_HOST' | 'MEILISEARCH_API_KEY'>) {
  const [embedded] = await db.$queryRawUnsafe<
    { provisions: number; definitions: number; instruments: number; jurisdictions: number; vocabulary: number }[]
  >(
    `SELECT (SELECT count(*)::int FROM "Provision" WHERE "searchVector" IS NOT NULL) AS provisions,
            (SELECT count(*)::int FROM "Definition" WHERE "searchVector" IS NOT NULL) AS definitions,
            (SELECT count(*)::int FROM "Instrument" WHERE "searchVector" IS NOT NULL) AS instruments,
            (SELECT count(*)::int FROM "Jurisdiction" WHERE "searchVector" IS NOT NULL) AS jurisdictions,
            (SELECT count(*)::int FROM "SearchTerm") AS vocabulary`,
  )
  const [pending, failing, oldest, lastFailure, state] = await Promise.all([
    db.searchOutbox.count({ where: { processedAt: null } }),
    db.searchOutbox.count({ where: { processedAt: null, attempts: { gt: 0 } } }),
    db.searchOutbox.findFirst({ where: { processedAt: null }, orderBy: { id: 'asc' }, select: { createdAt: true } }),
    db.searchOutbox.findFirst({
      where: { processedAt: null, lastError: { not: null } },
      orderBy: { availableAt: 'desc' },
      select: { lastError: true, attempts: true, availableAt: true },
    }),
    readSyncState(db),
  ])

  let meilisearch: { reachable: boolean; documents: number | null; isIndexing: boolean } | null = null
  if (env.MEILISEARCH_HOST) {
    const index = createMeilisearchIndex({
      host: env.MEILISEARCH_HOST,
      apiKey: env.MEILISEARCH_API_KEY,
      timeoutMs: 3000,
    })
    try {
      const stats = await index.stats()
      meilisearch = { reachable: true, documents: stats.numberOfDocuments, isIndexing: stats.isIndexing }
    } catch {
      meilisearch = { reachable: false, documents: null, isIndexing: false }
    }
  }

  return {
    engine: env.MEILISEARCH_HOST ? ('meilisearch' as const) : ('embedded' as const),
    embedded,
    meilisearch,
    outbox: {
      pending,
      failing,
      oldestPendingAt: oldest?.createdAt ?? null,
      nextRetryAt: lastFailure?.availableAt ?? null,
      lastError: redactError(lastFailure?.lastError ?? state.lastError),
      lastErrorAt: state.lastErrorAt ?? null,
      lastSuccessAt: state.lastSuccessAt ?? null,
    },
  }
}
