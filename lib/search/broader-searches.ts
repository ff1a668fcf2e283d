import type { SearchParams } from '@/lib/schemas/search'
import { parseQuery } from './query-parser'
import { hasFilters } from './search-request'

/**
 * When a search finds nothing: wider searches worth offering, most specific first. The caller
 * runs each and shows only those that find something.
 */
export type BroaderSearch = { label: string; params: Partial<SearchParams> }

export function broaderSearches(params: SearchParams, correctedQuery?: string): BroaderSearch[] {
  const out: BroaderSearch[] = []
  const { page: _page, ...rest } = params
  // Widen what was actually searched: the corrected words, when the engine corrected any.
  const clauses = parseQuery(correctedQuery ?? params.q).filter((c) => !c.negated)
  if (clauses.length > 1) {
    const anyWord = clauses
      .flatMap((c) => c.alternatives.map((alt) => (alt.includes(' ') ? `"${alt}"` : alt)))
      .join(' or ')
    out.push({ label: `Any of the words: ${anyWord}`, params: { ...rest, q: anyWord, exact: undefined } })
  }
  if (hasFilters(params) && params.q) out.push({ label: `“${params.q}” without filters`, params: { q: params.q } })
  if (params.exact) out.push({ label: 'Allow corrections of spelling', params: { ...rest, exact: undefined } })
  return out
}
