import { splitHighlights } from './highlight'
import type { SearchOutcome } from './search-law'

/**
 * The JSON shape of GET /api/v1/search (documented in docs/search.md). Snippets are plain text
 * with highlight offsets, so API clients never receive markup either.
 */
export function toApiResult(outcome: SearchOutcome) {
  const { params } = outcome
  return {
    query: params,
    engine: outcome.engine,
    total: outcome.total,
    page: params.page,
    pageSize: outcome.pageSize,
    pageCount: outcome.pageCount,
    correctedQuery: outcome.correctedQuery ?? null,
    synonyms: outcome.synonyms,
    hits: outcome.hits.map(({ document: d, snippet }) => {
      let text = ''
      const highlights: { start: number; end: number }[] = []
      for (const segment of splitHighlights(snippet)) {
        if (segment.highlighted) highlights.push({ start: text.length, end: text.length + segment.text.length })
        text += segment.text
      }
      const { ancestorIds: _ancestors, dateSort: _dateSort, text: _text, ...document } = d
      return { ...document, snippet: { text, highlights } }
    }),
    facets: Object.fromEntries(outcome.facets.map((group) => [group.key, group.options])),
    broader: outcome.broader,
  }
}
