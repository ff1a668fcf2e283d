import type { z } from 'zod'

/**
 * Refuses a list in which two entries name the same `key` (one provision or element, one entry).
 * Entries without that key are skipped (a crosswalk row names a provision or a criterion).
 */
export function noRepeats<K extends string>(key: K) {
  return (items: Partial<Record<K, string | null>>[] | undefined, ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items?.forEach((item, i) => {
      const value = item[key]
      if (!value) return
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [i, key], message: `"${value}" is listed twice` })
      seen.add(value)
    })
  }
}

/** "entry 2, provision: No provision …" → the row (0-based), the column and the message; null for a list-wide error. */
export function rowErrorOf(message: string): { row: number; column: string; message: string } | null {
  const match = /^entry (\d+), ([A-Za-z]+): (.*)$/s.exec(message)
  return match ? { row: Number(match[1]) - 1, column: match[2], message: match[3] } : null
}
