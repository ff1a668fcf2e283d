/**
 * Reads what a researcher types into clauses, web-search style: words are all required,
 * "quoted words" are a phrase, -word excludes, and `or` between two clauses accepts either.
 * Pure; both engines and the "including synonyms" line on the page use it.
 */
export type QueryClause = {
  /** Alternatives (any one may match); each is a word or a phrase */
  alternatives: string[]
  negated: boolean
  quoted: boolean
  /** What the researcher typed for this clause */
  source: string
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-_.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu

/** Lower case, accents removed, typographic apostrophes made plain. */
export function normaliseTerm(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase().trim()
}

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(normaliseTerm).filter(Boolean)
}

export function parseQuery(input: string): QueryClause[] {
  const clauses: QueryClause[] = []
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? []
  let pendingOr = false
  for (const token of tokens) {
    if (token.toLowerCase() === 'or' && clauses.length) {
      pendingOr = true
      continue
    }
    const negated = token.startsWith('-') && token.length > 1
    const body = negated ? token.slice(1) : token
    const quoted = body.startsWith('"')
    const found = words(quoted ? body.replace(/"/g, '') : body)
    if (!found.length) continue
    // An unquoted token such as "age-verification" stays one phrase; "a b" inside quotes too.
    const phrase = found.join(' ')
    const previous = clauses[clauses.length - 1]
    if (pendingOr && previous && !previous.negated && !negated) {
      previous.alternatives.push(phrase)
      previous.source = `${previous.source} or ${token}`
      previous.quoted = previous.quoted || quoted
    } else {
      clauses.push({ alternatives: [phrase], negated, quoted, source: token })
    }
    pendingOr = false
  }
  return clauses
}

/** Back to a query string (for corrected queries and broader suggestions). */
export function formatQuery(clauses: QueryClause[]): string {
  return clauses
    .map((clause) => {
      const parts = clause.alternatives.map((alt) =>
        clause.quoted || (alt.includes(' ') && clause.alternatives.length > 1) ? `"${alt}"` : alt,
      )
      return `${clause.negated ? '-' : ''}${parts.join(' or ')}`
    })
    .join(' ')
}
