import type { Prisma } from '@/lib/generated/prisma/client'

/** A row as JSON for Revision.before/after: dates as ISO strings, bigints as strings. */
export function snapshot(row: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (!row) return undefined
  return JSON.parse(JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)))
}
