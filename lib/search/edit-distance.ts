/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions): the number of
 * single-letter edits between two words. Trigram similarity finds candidates fast; this picks the
 * one a reader meant ("groomng" is one edit from "grooming", two from "groom").
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** The candidate with the fewest edits (ties: the most similar, as ordered by the caller), if close enough. */
export function closestWord(word: string, candidates: string[]): string | undefined {
  const limit = word.length <= 5 ? 1 : word.length <= 9 ? 2 : 3
  let best: { term: string; distance: number } | undefined
  for (const term of candidates) {
    const distance = editDistance(word, term)
    if (distance <= limit && (!best || distance < best.distance)) best = { term, distance }
  }
  return best?.term
}
