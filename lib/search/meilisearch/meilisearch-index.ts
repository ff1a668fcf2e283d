import { Meilisearch, type Index } from 'meilisearch'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight'
import {
  facetFields,
  type EngineResult,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
} from '../search-port'
import { toMeilisearchFilter } from './filters'
import { toEngineResult } from './map-results'
import { meilisearchSettings } from './settings'

/**
 * The Meilisearch adapter: the index (write side, used by the sync worker and reindex) and the
 * engine (read side). Every write waits for Meilisearch to finish its task, so the outbox marks an
 * entry done only when the document is really in (or out of) the index.
 */
export type MeilisearchConfig = { host: string; apiKey?: string; indexUid?: string; timeoutMs?: number }
const DEFAULT_INDEX_UID = 'lexbridge'

export type MeilisearchIndex = {
  uid: string
  applySettings(): Promise<void>
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  removeByAncestor(entityId: string): Promise<void>
  listIds(): AsyncIterable<string[]>
  clear(): Promise<void>
  stats(): Promise<{ numberOfDocuments: number; isIndexing: boolean }>
  isHealthy(): Promise<boolean>
  dropIndex(): Promise<void>
  raw: Index<SearchDocument>
}

async function settle(
  task: { waitTask(options?: { timeout?: number }): Promise<{ status: string; error: { message: string } | null }> },
  timeout: number,
) {
  const done = await task.waitTask({ timeout })
  if (done.status !== 'succeeded')
    throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? 'no detail'}`)
}

export function createMeilisearchIndex(config: MeilisearchConfig): MeilisearchIndex {
  const timeout = config.timeoutMs ?? 30_000
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout })
  const uid = config.indexUid ?? DEFAULT_INDEX_UID
  const index = client.index<SearchDocument>(uid)
  return {
    uid,
    raw: index,
    async applySettings() {
      // Creating an index that exists fails harmlessly; settings then create or update it.
      await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout })
      await settle(index.updateSettings(meilisearchSettings), timeout)
    },
    async upsert(documents) {
      if (documents.length) await settle(index.addDocuments(documents, { primaryKey: 'id' }), timeout)
    },
    async remove(ids) {
      if (ids.length) await settle(index.deleteDocuments(ids), timeout)
    },
    async removeByAncestor(entityId) {
      await settle(index.deleteDocuments({ filter: `ancestorIds = "${entityId.replace(/["\\]/g, '')}"` }), timeout)
    },
    async *listIds() {
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments({ fields: ['id'], limit: 1000, offset })
        if (!page.results.length) return
        yield page.results.map((doc) => doc.id)
      }
    },
    async clear() {
      await settle(index.deleteAllDocuments(), timeout)
    },
    async stats() {
      const stats = await index.getStats()
      return { numberOfDocuments: stats.numberOfDocuments, isIndexing: stats.isIndexing }
    },
    isHealthy: () => client.isHealthy(),
    async dropIndex() {
      await client.deleteIndex(uid).waitTask({ timeout })
    },
  }
}

export function createMeilisearchEngine(index: MeilisearchIndex): SearchEngine {
  return {
    name: 'meilisearch',
    async search(request: SearchRequest): Promise<EngineResult> {
      const response = await index.raw.search(request.q, {
        filter: toMeilisearchFilter(request.filters),
        facets: [...new Set(Object.values(facetFields))],
        page: request.page,
        hitsPerPage: request.pageSize,
        sort: request.sort === 'newest' ? ['dateSort:desc'] : request.sort === 'oldest' ? ['dateSort:asc'] : undefined,
        attributesToCrop: ['text'],
        cropLength: 45,
        cropMarker: '…',
        attributesToHighlight: ['text'],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      })
      return toEngineResult(response)
    },
  }
}
