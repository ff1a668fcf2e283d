import type { LawDate, LawExpression, LawWork } from './law-document'

/**
 * The work of an EU act from how the Official Journal titles it: "Regulation (EU) 2024/903 …",
 * "Regulation (EC) No 1137/2008 …", "Directive 2011/93/EU …" → /akn/eu/act/regulation/2024/903.
 */
const kinds: Record<string, { kind: string; eli: string; celex: string }> = {
  regulation: { kind: 'EU_REGULATION', eli: 'reg', celex: 'R' },
  directive: { kind: 'DIRECTIVE', eli: 'dir', celex: 'L' },
  decision: { kind: 'REGULATION', eli: 'dec', celex: 'D' },
}

export type EuIdentity = { type: string; year: string; number: string; citation: string }

export function euIdentityFromTitle(title: string): EuIdentity | undefined {
  const m =
    /\b(Regulation|Directive|Decision)\s*(?:\(([A-Z][A-Za-z, ]*)\)\s*)?(No\.?\s*)?(\d+)\/(\d+)(?:\/([A-Z]+))?/i.exec(
      title,
    )
  if (!m) return undefined
  const [, word, com, no, a, b, suffix] = m
  const yearFirst = !no && /^(19|20)\d\d$/.test(a)
  const type = word.toLowerCase()
  const name = `${type[0].toUpperCase()}${type.slice(1)}${com ? ` (${com})` : ''}`
  const citation = `${name} ${no ? 'No ' : ''}${a}/${b}${suffix ? `/${suffix}` : ''}`
  return { type, year: yearFirst ? a : b, number: yearFirst ? b : a, citation }
}

export function euWork(
  id: EuIdentity,
  title: string,
  date: LawDate | undefined,
  language: string,
): { work: LawWork; expression: LawExpression } {
  const k = kinds[id.type] ?? kinds.regulation
  const uri = `/akn/eu/act/${id.type}/${id.year}/${id.number}`
  const shortTitle = /\(([^()]*(?:Act|Regulation|Directive))\)\s*$/.exec(title)?.[1]
  return {
    work: {
      uri,
      country: 'eu',
      kind: k.kind,
      status: 'IN_FORCE',
      title,
      ...(shortTitle ? { shortTitle } : {}),
      officialCitation: id.citation,
      ...(date ? { date } : {}),
      officialUrl: `http://data.europa.eu/eli/${k.eli}/${id.year}/${id.number}/oj`,
    },
    expression: { uri: `${uri}/${language}@${date?.value ?? ''}`, language, ...(date ? { asAt: date } : {}), title },
  }
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** "of 13 March 2024" (English titles) → "2024-03-13" */
export function englishDate(text: string): string | undefined {
  const m = new RegExp(`\\b(\\d{1,2})\\s+(${months.join('|')})\\s+(\\d{4})\\b`, 'i').exec(text)
  if (!m) return undefined
  return `${m[3]}-${String(months.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`
}
