import { z } from 'zod'

/**
 * The one contract of /api/v1 (docs/api.md): every success body is `{ data, page?, meta? }`,
 * every error an RFC 9457 problem. Shared by the route handlers, the OpenAPI document and the
 * contract test, so the three cannot drift apart.
 */
export const API_DEFAULT_LIMIT = 50
export const API_MAX_LIMIT = 200

const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(API_MAX_LIMIT)
  .default(API_DEFAULT_LIMIT)
  .describe(`Items per page, 1-${API_MAX_LIMIT} (default ${API_DEFAULT_LIMIT}).`)

const cursorParam = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use the nextCursor value of the previous page as given')
  .optional()
  .describe('The nextCursor of the previous page; leave out for the first page.')

export const paginationParams = { limit: limitParam, cursor: cursorParam }

const pageSchema = z.object({
  nextCursor: z.string().nullable().describe('Pass as cursor to get the next page; null on the last page.'),
  limit: z.number().int(),
})

const metaSchema = z.record(z.string(), z.unknown())

export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: pageSchema, meta: metaSchema.optional() }).strict()
}

export function itemEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: item, meta: metaSchema.optional() }).strict()
}

/** RFC 9457 problem details, with the offending parameters named. */
export const problemSchema = z.object({
  type: z.string().describe('A URI naming the kind of problem (about:blank for plain HTTP statuses).'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
})
export type Problem = z.infer<typeof problemSchema>

/** A calendar date in API output. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
/** A date as precise as the source gives it: "2012", "2011-05" or "2011-05-24". */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
