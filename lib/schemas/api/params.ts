import { z } from 'zod'
import { isoDateSchema, jurisdictionCodeSchema, slugSchema } from '../common'
import { jurisdictionKindParam } from '../browse'
import { instrumentKindParam } from '../instruments'
import { paginationParams } from './envelope'

/**
 * Query parameters of the /api/v1 routes: one name per idea across every route (`jurisdiction`
 * repeated, `asOf`, `limit`, `cursor`). Old names stay accepted as aliases (apiParamAliases),
 * rewritten before validation so errors name the current parameter.
 */
export const apiParamAliases: Record<string, string> = {
  j: 'jurisdiction',
  col: 'column',
  as_of: 'asOf',
  inForce: 'inForceOn',
}

const code = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(jurisdictionCodeSchema)
/** Repeated `jurisdiction=GB&jurisdiction=DE` (a comma-separated list is accepted too). */
export const jurisdictionsParam = z.array(code).max(50, 'At most 50 jurisdictions').optional()
const dateParam = isoDateSchema

export const instrumentStatusParam = z.enum([
  'in-force',
  'partly-in-force',
  'not-yet-in-force',
  'enjoined',
  'repealed',
  'draft',
  'not-applicable',
])
export const verificationParam = z.enum(['verified', 'needs-review'])

export const jurisdictionListQuery = z
  .object({
    kind: jurisdictionKindParam.optional(),
    region: z
      .string()
      .regex(/^\d{3}$/, 'Use a three-digit UN M49 region code, e.g. 150')
      .optional(),
    ...paginationParams,
  })
  .strict()

export const emptyQuery = z.object({}).strict()

export const instrumentListQuery = z
  .object({
    jurisdiction: jurisdictionsParam,
    kind: instrumentKindParam.optional(),
    status: instrumentStatusParam.optional(),
    inForceOn: dateParam
      .optional()
      .describe('In force on this date: in force from it or earlier, not repealed by then.'),
    ...paginationParams,
  })
  .strict()

export const instrumentQuery = z
  .object({
    version: z
      .string()
      .max(300)
      .optional()
      .describe('An expression URI of this instrument; default the newest version.'),
  })
  .strict()

export const definitionListQuery = z
  .object({ concept: slugSchema.max(80).optional(), jurisdiction: jurisdictionsParam, ...paginationParams })
  .strict()

export const ageListQuery = z
  .object({
    kind: slugSchema.max(80).optional().describe('An age benchmark kind code, e.g. sexual-consent'),
    jurisdiction: jurisdictionsParam,
    asOf: dateParam.optional().describe('Only benchmarks valid on this date (default: all, past ones included).'),
    ...paginationParams,
  })
  .strict()

export const treatyListQuery = z
  .object({ asOf: dateParam.optional().describe('Count parties on this date (default today).'), ...paginationParams })
  .strict()

export const treatyStatusQuery = z
  .object({
    asOf: dateParam.optional().describe('Status on this date (default today).'),
    jurisdiction: jurisdictionsParam,
  })
  .strict()

export const standardListQuery = z.object({ ...paginationParams }).strict()

export const assessmentListQuery = z
  .object({
    jurisdiction: jurisdictionsParam,
    criterion: z
      .string()
      .max(40)
      .regex(/^[\w.()-]+$/)
      .optional(),
    ...paginationParams,
  })
  .strict()

export const changesQuery = z
  .object({
    since: z.iso
      .datetime({ offset: true })
      .or(isoDateSchema)
      .describe('Changes at or after this instant (ISO 8601) or date.'),
    ...paginationParams,
  })
  .strict()
