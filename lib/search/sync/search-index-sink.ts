import type { SearchDocument } from '../search-port'

/** What the sync worker and reindex need from a search index (Meilisearch, or a test double). */
export interface SearchIndexSink {
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  removeByAncestor(entityId: string): Promise<void>
  listIds(): AsyncIterable<string[]>
}
