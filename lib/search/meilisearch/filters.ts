import type { SearchFilters } from '../search-port'

/**
 * Filters → Meilisearch filter expressions (AND-ed as an array). Values are quoted and escaped,
 * so a value can never change the expression; years are numbers.
 */
function quote(value: string) {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

export function toMeilisearchFilter(filters: SearchFilters): string[] {
  const out: string[] = []
  const equals = (field: string, value: string | undefined) => {
    if (value !== undefined) out.push(`${field} = ${quote(value)}`)
  }
  equals('type', filters.type)
  equals('jurisdiction', filters.jurisdiction)
  equals('region', filters.region)
  equals('kind', filters.kind)
  equals('topics', filters.topic)
  equals('concepts', filters.concept)
  if (filters.year !== undefined) out.push(`year = ${Math.trunc(filters.year)}`)
  equals('verification', filters.verification)
  equals('language', filters.language)
  return out
}
