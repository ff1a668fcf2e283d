import type { ExpandedClause } from '../expand-query'
import type { SqlParams } from './sql-params'

export const TEXT_SEARCH_CONFIG = 'lexbridge_search'

/**
 * The text-search SQL for parsed clauses. `query` is the whole tsquery — alternatives OR-ed phrase
 * queries, clauses AND-ed, exclusions negated — built from tsquery operators rather than one
 * websearch_to_tsquery string because synonyms need grouping ("(a | b c) & d") that web-search
 * syntax cannot express; it ranks and highlights.
 *
 * `match(column)` is the same test written so that each alternative of a clause is its own index
 * condition ("column @@ a OR column @@ b"): the planner then ORs one GIN scan per alternative, each
 * led by its rarest word, instead of one scan that must visit every row holding any word of any
 * alternative (for a synonym group with "material" or "purpose" in it, a third of the corpus).
 * An alternative or a set of clauses without words ("the") matches everything, as it does inside
 * `query`: `numnode(…) = 0` says so, and is folded to a constant when the statement is planned.
 *
 * Null when nothing positive is left to match (browse by filters only).
 */
export type TsquerySql = { query: string; match(column: string): string }

export function buildTsquerySql(clauses: ExpandedClause[], params: SqlParams): TsquerySql | null {
  const positive = clauses.filter((clause) => !clause.negated)
  if (!positive.length) return null
  const parts = clauses.map((clause) => {
    const alternatives = clause.alternatives.map(
      (alt) => `phraseto_tsquery('${TEXT_SEARCH_CONFIG}', ${params.add(alt)})`,
    )
    const group = alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' || ')})`
    return { clause, alternatives, sql: clause.negated ? `(!! ${group})` : group }
  })
  const query = `(${parts.map((part) => part.sql).join(' && ')})`
  const split = parts.filter((part) => !part.clause.negated && part.alternatives.length > 1)
  const rest = parts.filter((part) => !split.includes(part))
  return {
    query,
    match(column) {
      if (!split.length) return `${column} @@ ${query}`
      const conditions = split.map(
        (part) => `(numnode(${part.sql}) = 0 OR ${part.alternatives.map((alt) => `${column} @@ ${alt}`).join(' OR ')})`,
      )
      if (rest.length) {
        const others = `(${rest.map((part) => part.sql).join(' && ')})`
        conditions.push(`(numnode(${others}) = 0 OR ${column} @@ ${others})`)
      }
      return `(${conditions.join(' AND ')})`
    },
  }
}
