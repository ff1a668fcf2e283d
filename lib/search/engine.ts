import 'server-only'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { createEmbeddedEngine } from './embedded/embedded-engine'
import { createMeilisearchEngine, createMeilisearchIndex } from './meilisearch/meilisearch-index'
import type { SearchEngine } from './search-port'

/**
 * The engine the app searches with: Meilisearch when MEILISEARCH_HOST is set, else the embedded
 * engine. The embedded engine is always kept as a fallback: it reads Postgres, so it can answer
 * (more slowly, always current) while Meilisearch is unreachable.
 */
const globalForSearch = globalThis as unknown as { lexbridgeSearch?: { primary: SearchEngine; fallback: SearchEngine } }

export function getSearchEngines() {
  if (!globalForSearch.lexbridgeSearch) {
    const embedded = createEmbeddedEngine(db)
    const primary = env.MEILISEARCH_HOST
      ? createMeilisearchEngine(
          createMeilisearchIndex({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, timeoutMs: 5000 }),
        )
      : embedded
    globalForSearch.lexbridgeSearch = { primary, fallback: embedded }
  }
  return globalForSearch.lexbridgeSearch
}
