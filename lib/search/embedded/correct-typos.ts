import type { Db } from '@/lib/db/prisma'
import { closestWord } from '../edit-distance'
import { SqlParams } from './sql-params'

/**
 * For each word the corpus does not contain, the word it most likely meant: up to eight known
 * words by pg_trgm similarity (≥ 0.4, through the SearchTerm trigram index), of which the one
 * fewest edits away wins. Known words and words with no close match are left out of the map.
 */
const MIN_SIMILARITY = 0.4

export async function findCorrections(db: Db, words: string[]): Promise<Map<string, string>> {
  if (!words.length) return new Map()
  const params = new SqlParams()
  const values = words.map((word) => `(${params.add(word)})`).join(', ')
  const minimum = params.add(String(MIN_SIMILARITY))
  const rows = await db.$queryRawUnsafe<{ word: string; candidates: string[] }[]>(
    `SELECT w.word, ARRAY(
       SELECT t.term FROM "SearchTerm" t
       WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k.term = w.word)
         AND t.term % w.word AND similarity(t.term, w.word) >= ${minimum}::real
       ORDER BY similarity(t.term, w.word) DESC, t.term
       LIMIT 8
     ) AS candidates
     FROM (VALUES ${values}) AS w(word)`,
    ...params.values,
  )
  const corrections = new Map<string, string>()
  for (const row of rows) {
    const best = closestWord(row.word, row.candidates)
    if (best) corrections.set(row.word, best)
  }
  return corrections
}
