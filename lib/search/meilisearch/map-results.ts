import type { SearchResponse } from 'meilisearch'
import { emptyFacets, facetFields, facetKeys, type EngineResult, type SearchDocument } from '../search-port'

/** A Meilisearch response → the port's result shape (documents, snippets, facet counts). */
type Formatted = SearchDocument & { _formatted?: Partial<Record<keyof SearchDocument, unknown>> }

export function toEngineResult(
  response: Pick<SearchResponse<SearchDocument>, 'hits' | 'facetDistribution'> & { totalHits?: number },
): EngineResult {
  const hits = (response.hits as Formatted[]).map(({ _formatted, ...document }) => {
    const snippet =
      typeof _formatted?.text === 'string' && _formatted.text ? _formatted.text : document.text.slice(0, 300)
    return { document: document as SearchDocument, snippet }
  })
  const facets = emptyFacets()
  for (const key of facetKeys) {
    const distribution = response.facetDistribution?.[facetFields[key]] ?? {}
    facets[key] = Object.entries(distribution).map(([value, count]) => ({ value, count }))
  }
  return { total: response.totalHits ?? hits.length, hits, facets }
}
