import { z } from 'zod'
import { isoDateSchema } from './common'

/**
 * Field builders for the record input schemas. One schema must accept a form (every value a
 * string, '' for empty, absent for an unticked box), a CSV row (strings) and JSON (typed values
 * or null), so each builder normalises its input first. Outputs are plain: string | null,
 * number | null, 'YYYY-MM-DD' | null, string[].
 */
const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value)

export function requiredText(max: number, min = 1) {
  return z.preprocess(
    (value) => blankToNull(trimmed(value)) ?? undefined,
    z.string({ error: 'Required' }).min(min, `At least ${min} characters`).max(max, `At most ${max} characters`),
  )
}

export function optionalText(max: number) {
  return z.preprocess(
    (value) => blankToNull(trimmed(value)),
    z.string().max(max, `At most ${max} characters`).nullable(),
  )
}

/** Applies a format schema (a regex-checked string) to a value that may be empty. */
export function optionalFormat(schema: z.ZodType<string>) {
  return z.preprocess((value) => blankToNull(trimmed(value)), schema.nullable())
}

export function requiredFormat(schema: z.ZodType<string>) {
  return z.preprocess((value) => blankToNull(trimmed(value)) ?? undefined, schema)
}

export const optionalDate = z.preprocess((value) => {
  const blank = blankToNull(trimmed(value))
  return blank instanceof Date ? blank.toISOString().slice(0, 10) : blank
}, isoDateSchema.nullable())

function toNumber(value: unknown) {
  const blank = blankToNull(trimmed(value))
  if (typeof blank === 'string') return /^-?\d+$/.test(blank) ? Number(blank) : blank
  return blank
}

export function optionalInt(min: number, max: number) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: 'Enter a whole number' })
      .int('Enter a whole number')
      .min(min, `At least ${min}`)
      .max(max, `At most ${max}`)
      .nullable(),
  )
}

export function requiredInt(min: number, max: number, fallback?: number) {
  return z.preprocess(
    (value) => toNumber(value) ?? fallback,
    z
      .number({ error: 'Enter a whole number' })
      .int('Enter a whole number')
      .min(min, `At least ${min}`)
      .max(max, `At most ${max}`),
  )
}

/**
 * An enum stored UPPER_SNAKE in the database. Also accepts the dataset's kebab-case
 * ('needs-review', 'eu-regulation') so CSV and JSON written by hand import cleanly.
 */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) {
  return z.preprocess(
    (value) => {
      const blank = blankToNull(trimmed(value))
      if (blank === null) return fallback
      return typeof blank === 'string' ? blank.replaceAll('-', '_').replaceAll(' ', '_').toUpperCase() : blank
    },
    // Named as the dataset, the API and CSV exports write them (and as they may be typed here).
    z.enum(values, { error: `Choose one of: ${values.map((v) => v.toLowerCase().replaceAll('_', '-')).join(', ')}` }),
  )
}

/** A list typed as "a; b; c" (forms, CSV) or given as an array (JSON). */
export function listField(item: z.ZodType<string>, options: { min?: number; max?: number } = {}) {
  return z.preprocess(
    (value) => {
      if (Array.isArray(value)) return value.map(trimmed)
      if (typeof value !== 'string') return value ?? []
      return value
        .split(/[;\n]/)
        .map((part) => part.trim())
        .filter(Boolean)
    },
    z
      .array(item)
      .min(options.min ?? 0, options.min ? `Give at least ${options.min}` : undefined)
      .max(options.max ?? 100),
  )
}

/** A JSON object typed into a textarea (forms, CSV) or given as an object (JSON). */
export const jsonObjectField = z.preprocess(
  (value) => {
    const blank = blankToNull(trimmed(value))
    if (blank === null) return {}
    if (typeof blank !== 'string') return blank
    if (blank.length > 10_000) return blank
    try {
      return JSON.parse(blank)
    } catch {
      return blank
    }
  },
  z.record(z.string(), z.unknown(), { error: 'Enter a JSON object, e.g. {"ageLimit": 18}' }),
)

/** A list of records (jsonListField) rather than a list of words (listField): shown and exported as JSON. */
export function isRecordList(value: unknown[]): boolean {
  return value.some((item) => item !== null && typeof item === 'object')
}

/**
 * A list of records as JSON, typed into a textarea (forms, CSV) or given as an array (JSON).
 * Absent stays undefined, so an import without the column leaves what is recorded alone; blank or
 * null is an empty list.
 */
export function jsonListField<T extends z.ZodType>(item: T, options: { max: number; example: string }) {
  return z.preprocess(
    (value) => {
      if (value === undefined) return undefined
      const blank = blankToNull(trimmed(value))
      if (blank === null) return []
      if (typeof blank !== 'string' || blank.length > 100_000) return blank
      try {
        return JSON.parse(blank)
      } catch {
        return blank
      }
    },
    z
      .array(item, { error: `Enter a JSON list, e.g. ${options.example}` })
      .max(options.max, `At most ${options.max} entries`)
      .optional(),
  )
}
