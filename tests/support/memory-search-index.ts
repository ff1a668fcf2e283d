import type { SearchIndexSink } from '@/lib/search/sync/search-index-sink'
import type { SearchDocument } from '@/lib/search/search-port'

/** A search server that keeps documents in a Map: stands in for a Meilisearch that came back up. */
export function createMemorySearchIndex() {
  const documents = new Map<string, SearchDocument>()
  const sink: SearchIndexSink = {
    async upsert(docs) {
      for (const doc of docs) documents.set(doc.id, doc)
    },
    async remove(ids) {
      for (const id of ids) documents.delete(id)
    },
    async removeByAncestor(entityId) {
      for (const [id, doc] of documents) if (doc.ancestorIds.includes(entityId)) documents.delete(id)
    },
    async *listIds() {
      yield [...documents.keys()]
    },
  }
  return { sink, documents }
}
