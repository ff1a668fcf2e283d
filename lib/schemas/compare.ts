import { z } from 'zod'
import { jurisdictionCodeSchema, slugSchema, workUriSchema } from './common'

/**
 * URL and API parameters of the compare pages (/compare, /compare/definitions, /compare/ages,
 * /compare/diff) and of GET /api/v1/compare*. One parser for pages and API: pages ignore a
 * malformed value and say so; the API answers 400 with the same problems.
 */
export const MAX_COMPARE_JURISDICTIONS = 8

export const compareByValues = ['topic', 'concept', 'criterion'] as const
type CompareBy = (typeof compareByValues)[number]

const exportFormatSchema = z.enum(['json', 'csv'])
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** "<standard slug>/<criterion code>", as in the dataset (lanzarote-23/23, icmec-model-legislation-9/2). */
export const criterionRefSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9.-]+\/[A-Za-z0-9.()-]+$/)

/** Provision ids are cuids; the length cap keeps junk out of the query. */
export const provisionIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/)

export type CompareProblem = { param: string; code: 'ignored' | 'too-many' | 'missing'; message: string }

export type CompareQuery = {
  jurisdictions: string[]
  by: CompareBy
  topic?: string
  concept?: string
  criterion?: string
  /** Work URI of an international instrument shown as an extra column */
  column?: string
}

export type DefinitionsQuery = { jurisdictions: string[]; concept?: string; column?: string }
export type AgesQuery = { jurisdictions: string[] }
export type DiffQuery = { a?: string; b?: string; jurisdictions: string[] }

export type Parsed<T> = { query: T; problems: CompareProblem[] }

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>

/** All values of a parameter, from Next's searchParams object or a URLSearchParams. */
export function allValues(input: RawParams, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name)
  const value = input[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function firstValue(input: RawParams, name: string): string | undefined {
  const value = allValues(input, name)[0]?.trim()
  return value === '' ? undefined : value
}

/** Optional single value: a malformed one is dropped and reported. */
function optional<T>(
  input: RawParams,
  name: string,
  schema: z.ZodType<T>,
  problems: CompareProblem[],
  what: string,
): T | undefined {
  const raw = firstValue(input, name)
  if (raw === undefined) return undefined
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  problems.push({
    param: name,
    code: 'ignored',
    message: `“${raw.slice(0, 60)}” is not a valid ${what}; it was ignored.`,
  })
  return undefined
}

/**
 * Jurisdiction codes from repeated `j` parameters (a comma-separated list is accepted too, for
 * hand-typed URLs). Case-insensitive, de-duplicated, order kept (it is the column order).
 */
function parseJurisdictionCodes(
  input: RawParams,
  problems: CompareProblem[],
  max = MAX_COMPARE_JURISDICTIONS,
): string[] {
  const codes: string[] = []
  for (const raw of allValues(input, 'j').flatMap((value) => value.split(','))) {
    const value = raw.trim().toUpperCase()
    if (!value) continue
    const parsed = jurisdictionCodeSchema.safeParse(value)
    if (!parsed.success) {
      problems.push({
        param: 'j',
        code: 'ignored',
        message: `“${raw.trim().slice(0, 20)}” is not a jurisdiction code; it was ignored.`,
      })
      continue
    }
    if (!codes.includes(parsed.data)) codes.push(parsed.data)
  }
  if (codes.length > max) {
    problems.push({
      param: 'j',
      code: 'too-many',
      message: `You chose ${codes.length} jurisdictions. A comparison shows at most ${max} side by side: remove ${codes.length - max} to see it.`,
    })
  }
  return codes
}

export function parseCompareQuery(input: RawParams): Parsed<CompareQuery> {
  const problems: CompareProblem[] = []
  const jurisdictions = parseJurisdictionCodes(input, problems)
  const by =
    optional(input, 'by', z.enum(compareByValues), problems, 'comparison kind (topic, concept or criterion)') ?? 'topic'
  const query: CompareQuery = {
    jurisdictions,
    by,
    topic: optional(input, 'topic', slugSchema, problems, 'topic'),
    concept: optional(input, 'concept', slugSchema, problems, 'concept'),
    criterion: optional(input, 'criterion', criterionRefSchema, problems, 'criterion reference'),
    column: optional(input, 'col', workUriSchema, problems, 'instrument URI'),
  }
  return { query, problems }
}

export function parseDefinitionsQuery(input: RawParams): Parsed<DefinitionsQuery> {
  const problems: CompareProblem[] = []
  const jurisdictions = parseJurisdictionCodes(input, problems)
  return {
    query: {
      jurisdictions,
      concept: optional(input, 'concept', slugSchema, problems, 'concept'),
      column: optional(input, 'col', workUriSchema, problems, 'instrument URI'),
    },
    problems,
  }
}

export function parseAgesQuery(input: RawParams): Parsed<AgesQuery> {
  const problems: CompareProblem[] = []
  return { query: { jurisdictions: parseJurisdictionCodes(input, problems) }, problems }
}

/** The diff page takes a and b; a GET form with two checked `p` boxes is accepted too. */
export function parseDiffQuery(input: RawParams): Parsed<DiffQuery> {
  const problems: CompareProblem[] = []
  const picked = allValues(input, 'p').filter((value) => provisionIdSchema.safeParse(value).success)
  const a = optional(input, 'a', provisionIdSchema, problems, 'provision id') ?? picked[0]
  const b = optional(input, 'b', provisionIdSchema, problems, 'provision id') ?? picked.find((value) => value !== a)
  return { query: { a, b, jurisdictions: parseJurisdictionCodes(input, problems) }, problems }
}

export function parseExportFormat(input: RawParams): Parsed<ExportFormat> {
  const problems: CompareProblem[] = []
  const format = optional(input, 'format', exportFormatSchema, problems, 'format (json or csv)') ?? 'json'
  return { query: format, problems }
}

/** Serialises a compare query back to URL parameters: the one way links and exports are built. */
export function compareSearchParams(
  query: Partial<CompareQuery> & { jurisdictions?: string[] },
  extra: Record<string, string | undefined> = {},
) {
  const params = new URLSearchParams()
  for (const code of query.jurisdictions ?? []) params.append('j', code)
  if (query.by) params.set('by', query.by)
  if (query.topic) params.set('topic', query.topic)
  if (query.concept) params.set('concept', query.concept)
  if (query.criterion) params.set('criterion', query.criterion)
  if (query.column) params.set('col', query.column)
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value)
  return params
}
