import { normaliseTerm, parseQuery, type QueryClause } from './query-parser'
import { phraseWords } from './highlight'
import { synonymGroups } from './synonyms'

/**
 * Joins consecutive plain words that spell a synonym ("child" "pornography") into one clause whose
 * alternatives are the whole group. Longest match first; quoted, negated and or-ed clauses are
 * left as typed. `expanded` says which clauses grew, for the "including synonyms" line.
 */
export type ExpandedClause = QueryClause & { synonyms: string[] }

type Group = { terms: string[]; keys: string[]; wordLists: string[][] }
/** A hyphen and a space are the same to the lookup: "AI-generated" and "ai generated" find one group. */
const lookupKey = (phrase: string) => phrase.replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
const groups: Group[] = synonymGroups.map((group) => ({
  terms: [...new Set(group.map(normaliseTerm))],
  keys: group.map((term) => lookupKey(normaliseTerm(term))),
  wordLists: group.map((term) => lookupKey(normaliseTerm(term)).split(' ')),
}))
const longest = Math.max(...groups.flatMap((g) => g.wordLists.map((w) => w.length)))

function isPlainWord(clause: QueryClause) {
  return !clause.negated && !clause.quoted && clause.alternatives.length === 1
}

function findGroup(phrase: string): Group | undefined {
  const key = lookupKey(phrase)
  return groups.find((group) => group.keys.includes(key))
}

export function expandSynonyms(clauses: QueryClause[]): ExpandedClause[] {
  const out: ExpandedClause[] = []
  let i = 0
  while (i < clauses.length) {
    let matched: { group: Group; length: number } | undefined
    for (let length = Math.min(longest, clauses.length - i); length >= 1 && !matched; length--) {
      const window = clauses.slice(i, i + length)
      if (!window.every(isPlainWord)) continue
      const phrase = window.map((c) => c.alternatives[0]).join(' ')
      const group = findGroup(phrase)
      if (group) matched = { group, length }
    }
    if (matched) {
      const window = clauses.slice(i, i + matched.length)
      const typed = window.map((c) => c.alternatives[0]).join(' ')
      const others = matched.group.terms.filter((t) => t !== typed)
      out.push({
        alternatives: [typed, ...others],
        negated: false,
        quoted: false,
        source: window.map((c) => c.source).join(' '),
        // "live-streaming" is not news to someone who typed "live streaming"
        synonyms: others.filter((t) => lookupKey(t) !== lookupKey(typed)),
      })
      i += matched.length
    } else {
      out.push({ ...clauses[i], synonyms: [] })
      i += 1
    }
  }
  return out
}

/**
 * Words the engine may correct for typos: plain, not part of a synonym, long enough to misspell,
 * and not hyphenated ("AI-generated" is a term as typed, not a misspelling of "generated").
 */
export function correctableWords(clauses: ExpandedClause[]): string[] {
  return [
    ...new Set(
      clauses
        .filter((c) => !c.negated && !c.quoted && c.synonyms.length === 0)
        .flatMap((c) => c.alternatives)
        .filter((alt) => !/[\s-]/.test(alt) && alt.length >= 4 && !/\d/.test(alt)),
    ),
  ]
}

/** What a snippet's marks may stand on for a query: each searched word or phrase, synonyms included. */
export function highlightPhrases(query: string): string[][] {
  return expandSynonyms(parseQuery(query))
    .filter((c) => !c.negated)
    .flatMap((c) => c.alternatives.map(phraseWords))
}
