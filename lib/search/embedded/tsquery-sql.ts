import type { ExpandedClause } from '../expand-query'
import type { SqlParams } from './sql-params'

export const TEXT_SEARCH_CONFIG = 'lexbridge_search'

/**
 * The tsquery for parsed clauses: alternatives are OR-ed phrase queries, clauses are AND-ed,
 * excluded clauses negated. Built from tsquery operators rather than one websearch_to_tsquery
 * string because synonyms need grouping ("(a | b c) & d") that web-search syntax cannot express.
 * Null when nothing positive is left to match (browse by filters only).
 */
export function buildTsquerySql(clauses: ExpandedClause[], params: SqlParams): string | null {
  const positive = clauses.filter((clause) => !clause.negated)
  if (!positive.length) return null
  const parts = clauses.map((clause) => {
    const alternatives = clause.alternatives.map(
      (alt) => `phraseto_tsquery('${TEXT_SEARCH_CONFIG}', ${params.add(alt)})`,
    )
    const group = alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' || ')})`
    return clause.negated ? `(!! ${group})` : group
  })
  return `(${parts.join(' && ')})`
}
