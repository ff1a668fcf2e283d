import type { Db } from '@/lib/db/prisma'
import { SqlParams } from './sql-params'

/**
 * For each word the corpus does not contain, the most similar word it does contain (pg_trgm
 * similarity ≥ 0.4 over the SearchTerm vocabulary, through its trigram index). Known words and
 * words with no close match are left out of the map.
 */
export const MIN_SIMILARITY = 0.4

export async function findCorrections(db: Db, words: string[]): Promise<Map<string, string>> {
  if (!words.length) return new Map()
  const params = new SqlParams()
  const values = words.map((word) => `(${params.add(word)})`).join(', ')
  const minimum = params.add(String(MIN_SIMILARITY))
  const rows = await db.$queryRawUnsafe<{ word: string; suggestion: string | null }[]>(
    `SELECT w.word, s.term AS suggestion
     FROM (VALUES ${values}) AS w(word)
     LEFT JOIN LATERAL (
       SELECT t.term FROM "SearchTerm" t
       WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k.term = w.word)
         AND t.term % w.word AND similarity(t.term, w.word) >= ${minimum}::real
       ORDER BY similarity(t.term, w.word) DESC, abs(length(t.term) - length(w.word)), t.term
       LIMIT 1
     ) s ON true`,
    ...params.values,
  )
  return new Map(rows.filter((row) => row.suggestion).map((row) => [row.word, row.suggestion!]))
}
