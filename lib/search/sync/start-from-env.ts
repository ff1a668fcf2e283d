import { readEnv } from '@/lib/env'
import { createPrismaClient } from '@/lib/db/prisma'
import { createMeilisearchIndex } from '../meilisearch/meilisearch-index'
import { startSearchSyncWorker, type SyncWorker } from './sync-worker'

/**
 * Starts the outbox worker inside the Next server process (instrumentation.ts), once, and only
 * when MEILISEARCH_HOST is set: without Meilisearch there is nothing to sync. It has its own
 * small connection pool so a slow search server never holds the app's connections.
 */
const globalForWorker = globalThis as unknown as { lexbridgeSearchWorker?: SyncWorker }

export function startSearchSyncFromEnv(): SyncWorker | undefined {
  const env = readEnv()
  if (!env.MEILISEARCH_HOST || !env.DATABASE_URL || globalForWorker.lexbridgeSearchWorker)
    return globalForWorker.lexbridgeSearchWorker
  const db = createPrismaClient(env.DATABASE_URL, 2)
  const index = createMeilisearchIndex({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY })
  const worker = startSearchSyncWorker({ db, index, log: (line) => console.log(`[lexbridge] ${line}`) })
  globalForWorker.lexbridgeSearchWorker = worker
  console.log('[lexbridge] search: Meilisearch sync worker started')
  return worker
}
