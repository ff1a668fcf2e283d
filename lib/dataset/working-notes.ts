/**
 * Curators' working notes ("from memory: check", "date not recorded") belong in `curatorNote`,
 * never in a field the public sees. The phrases are matched as words, so "checked against the
 * official list" (provenance) and "todos" pass while "check the chart" does not. Law text quoted
 * verbatim is not scanned: a statute may well say "background check".
 */
const WORKING_NOTE_PATTERNS: { phrase: string; pattern: RegExp }[] = [
  { phrase: 'from memory', pattern: /\bfrom memory\b/i },
  { phrase: 'to be checked', pattern: /\b(to|should|must|needs? to) be checked\b/i },
  { phrase: 'to be confirmed', pattern: /\b(to|should|must|needs? to) be (confirmed|verified)\b/i },
  { phrase: 'check', pattern: /\bcheck\b/i },
  { phrase: 'TODO', pattern: /\bTODO\b/ },
  { phrase: 'date not recorded', pattern: /\bdate not recorded\b/i },
  { phrase: 'not verified', pattern: /\bnot (yet |been )?verified\b/i },
  { phrase: 'subject to verification', pattern: /\bsubject to verification\b/i },
  { phrase: 'curator to …', pattern: /\bcurators? (to|should|must|will|needs? to)\b/i },
  { phrase: 'by a curator', pattern: /\bby a curator\b/i },
  { phrase: 'for a curator', pattern: /\bfor (a |the )?curators?\b/i },
  { phrase: 'needs review', pattern: /\bneeds? review\b/i },
  { phrase: 'unclear', pattern: /\bunclear\b/i },
]

/** The first working-note phrase in `text`, or null. */
export function findWorkingNote(text: string): string | null {
  return WORKING_NOTE_PATTERNS.find(({ pattern }) => pattern.test(text))?.phrase ?? null
}

/** Keys whose text is published as the project's own words (notes, summaries, rationales). */
const PUBLIC_PROSE_KEYS = new Set([
  'note',
  'notes',
  'rationale',
  'summary',
  'conditions',
  'description',
  'text',
  'label',
])

/**
 * Every public prose field of a dataset record holding a working-note phrase, with its path
 * ("actions[3].note"). `curatorNote` is where such notes go; a `text` beside textKind "verbatim"
 * is the law's own words and is skipped.
 */
export function findWorkingNotes(value: unknown, path = ''): { path: string; phrase: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findWorkingNotes(item, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const found: { path: string; phrase: string }[] = []
  for (const [key, field] of Object.entries(record)) {
    const here = path ? `${path}.${key}` : key
    if (typeof field === 'string') {
      if (!PUBLIC_PROSE_KEYS.has(key) || (key === 'text' && record.textKind === 'verbatim')) continue
      const phrase = findWorkingNote(field)
      if (phrase) found.push({ path: here, phrase })
    } else if (key !== 'curatorNote') {
      found.push(...findWorkingNotes(field, here))
    }
  }
  return found
}
