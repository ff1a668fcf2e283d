import { z } from 'zod'

/** URL parameters of /jurisdictions. Unknown or malformed values are dropped, never a 500. */
export const jurisdictionKindParam = z.enum([
  'state',
  'subnational',
  'territory',
  'other',
  'regional-organisation',
  'international-organisation',
])

/** The columns the jurisdiction list sorts by (URL `sort`, with `dir`). */
const jurisdictionSortKeys = ['name', 'code', 'kind', 'region', 'instruments', 'definitions', 'ages'] as const
export type JurisdictionSortKey = (typeof jurisdictionSortKeys)[number]

export const jurisdictionListParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  region: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .catch(undefined),
  kind: jurisdictionKindParam.optional().catch(undefined),
  /** "1" (the default): only jurisdictions with law recorded; "all": every one. */
  law: z.enum(['1', 'all']).default('1').catch('1'),
  sort: z.enum(jurisdictionSortKeys).default('name').catch('name'),
  dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
})
export type JurisdictionListParams = Partial<z.infer<typeof jurisdictionListParamsSchema>>

export const jurisdictionCodeParamSchema = z
  .string()
  .transform((value) => decodeURIComponent(value).toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^[A-Z]{2,8}$/))

export const instrumentPageParamsSchema = z.object({
  version: z.string().max(300).optional().catch(undefined),
  /** Show the version in force on this day */
  date: z.iso.date().optional().catch(undefined),
})

/** Turns Next's searchParams (string | string[] | undefined) into plain strings: first value wins. */
export function firstValues(
  searchParams: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
}
