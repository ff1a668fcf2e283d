import { normaliseTerm, type QueryClause } from './query-parser'
import { synonymGroups } from './synonyms'

/**
 * Joins consecutive plain words that spell a synonym ("child" "pornography") into one clause whose
 * alternatives are the whole group. Longest match first; quoted, negated and or-ed clauses are
 * left as typed. `expanded` says which clauses grew, for the "including synonyms" line.
 */
export type ExpandedClause = QueryClause & { synonyms: string[] }

type Group = { terms: string[]; wordLists: string[][] }
const groups: Group[] = synonymGroups.map((group) => ({
  terms: group.map(normaliseTerm),
  wordLists: group.map((term) => normaliseTerm(term).split(/\s+/)),
}))
const longest = Math.max(...groups.flatMap((g) => g.wordLists.map((w) => w.length)))

function isPlainWord(clause: QueryClause) {
  return !clause.negated && !clause.quoted && clause.alternatives.length === 1
}

function findGroup(phrase: string): Group | undefined {
  return groups.find((group) => group.terms.includes(phrase))
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
      out.push({
        alternatives: [typed, ...matched.group.terms.filter((t) => t !== typed)],
        negated: false,
        quoted: false,
        source: window.map((c) => c.source).join(' '),
        synonyms: matched.group.terms.filter((t) => t !== typed),
      })
      i += matched.length
    } else {
      out.push({ ...clauses[i], synonyms: [] })
      i += 1
    }
  }
  return out
}

/** Words the engine may correct for typos: plain, not part of a synonym, long enough to misspell. */
export function correctableWords(clauses: ExpandedClause[]): string[] {
  return [
    ...new Set(
      clauses
        .filter((c) => !c.negated && !c.quoted && c.synonyms.length === 0)
        .flatMap((c) => c.alternatives)
        .filter((alt) => !alt.includes(' ') && alt.length >= 4 && !/\d/.test(alt)),
    ),
  ]
}
