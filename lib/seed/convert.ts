import { createHash } from 'node:crypto'

/** Dataset enums are kebab-case ('needs-review', 'eu-regulation'); Prisma's are UPPER_SNAKE. */
export function toEnum<T extends string>(value: string): T {
  return value.replaceAll('-', '_').toUpperCase() as T
}

/** 'YYYY-MM-DD' → a Date at UTC midnight, the form Prisma uses for @db.Date columns. */
export function toDate(value: string | undefined | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null
}

/**
 * Ids for seeded rows: a hash of the record's natural content key, so rows without a natural
 * unique key (definitions, ages, treaty actions …) are found again on the next run, and two fresh
 * databases seeded from the same files get the same ids. 'd' + 24 hex digits is cuid-sized.
 */
export function seedId(entity: string, key: string): string {
  return `d${createHash('sha256').update(`${entity}\u0000${key}`).digest('hex').slice(0, 24)}`
}

/** undefined → null, so a field removed from a data file is cleared in the database too. */
export function orNull<T>(value: T | undefined | null): T | null {
  return value ?? null
}
