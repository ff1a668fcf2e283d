import { z } from 'zod'
import { jurisdictionKindParam } from './browse'
import { isoDateSchema, jurisdictionCodeSchema, slugSchema } from './common'

/**
 * Parameters of the gap matrix, shared by /gaps (where malformed values are dropped) and
 * GET /api/v1/gaps (where they are a 400). One definition, two strictness levels.
 */
const gapSortSchema = z.enum(['name', 'score', 'gaps'])
/** A calendar date, or "ratification": each jurisdiction on its own first consent to be bound. */
const asOfParamSchema = z.union([isoDateSchema, z.literal('ratification')])
const gapShowSchema = z.enum(['assessed', 'all'])
const upper = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
/** "GB:9(1)(a)": the open cell, jurisdiction code and criterion code. */
const gapCellParamSchema = z
  .string()
  .max(80)
  .transform((value, ctx) => {
    const at = value.indexOf(':')
    const code = value.slice(0, at).toUpperCase()
    const criterion = value.slice(at + 1)
    if (at < 1 || !jurisdictionCodeSchema.safeParse(code).success || !/^[\w.()-]{1,40}$/.test(criterion)) {
      ctx.addIssue({ code: 'custom', message: 'Use "<jurisdiction code>:<criterion code>", e.g. GB:23' })
      return z.NEVER
    }
    return { code, criterion }
  })

/** Chosen jurisdictions (repeated or comma-separated codes): at most 400, invalid codes dropped on the page. */
const codeListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')))
  .transform((values) => [
    ...new Set(
      values.map((v) => v.trim().toUpperCase()).filter((v) => v && jurisdictionCodeSchema.safeParse(v).success),
    ),
  ])
  .pipe(z.array(jurisdictionCodeSchema).max(400, 'At most 400 jurisdictions'))

const fields = {
  standard: slugSchema,
  region: z.string().regex(/^\d{3}$/, 'Use a three-digit UN M49 region code, e.g. 150'),
  org: upper.pipe(jurisdictionCodeSchema),
  kind: jurisdictionKindParam,
  sort: gapSortSchema,
  asOf: asOfParamSchema,
  show: gapShowSchema,
}

export const gapPageParamsSchema = z.object({
  standard: fields.standard.optional().catch(undefined),
  region: fields.region.optional().catch(undefined),
  org: fields.org.optional().catch(undefined),
  kind: fields.kind.optional().catch(undefined),
  sort: fields.sort.default('name').catch('name'),
  asOf: fields.asOf.optional().catch(undefined),
  show: fields.show.default('all').catch('all'),
  cell: gapCellParamSchema.optional().catch(undefined),
  j: codeListSchema.optional().catch(undefined),
})
export type GapPageParams = z.infer<typeof gapPageParamsSchema>

export const gapApiParamsSchema = z.object({
  standard: fields.standard,
  region: fields.region.optional(),
  org: fields.org.optional(),
  kind: fields.kind.optional(),
  sort: fields.sort.default('name'),
  asOf: fields.asOf.optional(),
  show: fields.show.default('all'),
  jurisdiction: z.array(upper.pipe(jurisdictionCodeSchema)).max(400, 'At most 400 jurisdictions').optional(),
  format: z.enum(['json', 'csv']).default('json'),
})
type GapApiParams = z.infer<typeof gapApiParamsSchema>

/** What the matrix query needs, whichever door it came in by. */
export type GapMatrixQuery = Pick<GapApiParams, 'standard' | 'region' | 'org' | 'kind' | 'sort' | 'asOf' | 'show'>

/** "not-assessed": nobody assessed it and no rule derives it; never scored (issue 15). */
const statusSchema = z.enum(['met', 'partial', 'not-met', 'reserved', 'not-assessed'])
const citationSchema = z.object({
  citation: z.string(),
  instrumentUri: z.string(),
  eId: z.string(),
  pinpoint: z.string().nullable(),
  inForceOnDate: z.boolean(),
})

/** The JSON body of GET /api/v1/gaps: the contract, also served as JSON Schema at /api/v1/gaps/schema. */
export const gapMatrixResponseSchema = z.object({
  standard: z.object({ slug: z.string(), name: z.string(), issuer: z.string(), treatyUri: z.string().nullable() }),
  asOf: z.string().describe('YYYY-MM-DD, or "ratification" when each row is on its own ratification date'),
  filters: z.object({
    region: z.string().nullable(),
    org: z.string().nullable(),
    kind: z.string().nullable(),
    show: gapShowSchema,
    sort: gapSortSchema,
  }),
  undatedMembers: z
    .number()
    .int()
    .nullable()
    .describe(
      'With org and a date: how many rows are members of org with no recorded joining date; they count as members on every date. Null otherwise',
    ),
  criteria: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      scoring: z.enum(['pass-fail', 'score']),
      maxScore: z.number().nullable(),
      articleRef: z.string().nullable(),
      sufficiencyGroup: z.string().nullable(),
      totals: z.record(statusSchema, z.number()),
    }),
  ),
  rows: z.array(
    z.object({
      jurisdiction: z.object({ code: z.string(), name: z.string(), kind: z.string(), region: z.string().nullable() }),
      date: z.string(),
      treatyStatus: z
        .object({
          status: z.enum(['party', 'signatory', 'denounced', 'none']),
          since: z
            .string()
            .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
            .nullable()
            .describe('YYYY, YYYY-MM or YYYY-MM-DD: as precise as the record'),
        })
        .nullable(),
      totals: z.object({
        counts: z.record(statusSchema, z.number()),
        assessed: z.number().int().describe('criteria with a result other than not-assessed'),
        of: z.number().int().describe('criteria of the standard'),
        earned: z.number(),
        possible: z.number().describe('points possible over the assessed, not reserved criteria'),
        percent: z
          .number()
          .nullable()
          .describe('earned / possible: a score over assessed criteria only; null when none is assessed'),
      }),
      sufficiency: z.array(
        z.object({ group: z.string(), codes: z.array(z.string()), verdict: z.enum(['yes', 'no', 'unknown']) }),
      ),
      cells: z.array(
        z.object({
          criterion: z.string(),
          status: statusSchema,
          source: z.enum(['curated', 'elements', 'none']),
          score: z
            .number()
            .nullable()
            .describe('null when not assessed; for score rubrics, over the assessed elements'),
          maxScore: z.number().nullable(),
          assessedElements: z.number().int(),
          conflict: z.boolean(),
          evidence: z.array(citationSchema),
          elements: z.array(
            z.object({
              code: z.string(),
              status: statusSchema,
              source: z.enum(['curated', 'derived', 'reservation', 'none']),
              curatedStatus: statusSchema.nullable(),
              derivedStatus: statusSchema.nullable(),
              conflict: z.boolean(),
              provision: citationSchema.nullable(),
              reservation: z.object({ kind: z.string(), articles: z.array(z.string()), text: z.string() }).nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
})
export type GapMatrixResponse = z.infer<typeof gapMatrixResponseSchema>

/** /jurisdictions/[code]/gaps?asOf=YYYY-MM-DD */
export const gapReportParamsSchema = z.object({ asOf: isoDateSchema.optional().catch(undefined) })
