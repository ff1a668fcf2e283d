import { z } from 'zod'
import { isoDateSchema, workUriSchema } from './common'

/** /treaties/akn/coe/treaty/2007/cets-201 → "/akn/coe/treaty/2007/cets-201" (catch-all segments). */
export const treatyUriSegmentsSchema = z
  .array(z.string().max(100))
  .min(2)
  .max(10)
  .transform((parts) => `/${parts.map((p) => decodeURIComponent(p)).join('/')}`)
  .pipe(workUriSchema)

const statusTableParams = {
  /** Status table order: participant name, signature date or consent date */
  sort: z.enum(['name', 'signature', 'consent']).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  /** Only members of this organisation (COE, EU, AU, ASEAN … from Membership) */
  org: z
    .string()
    .regex(/^[A-Z][A-Z0-9-]{1,15}$/)
    .optional()
    .catch(undefined),
}

export const treatyPageParamsSchema = z.object({
  /** "Show parties as of" a past date (map and counts). */
  asOf: isoDateSchema.optional().catch(undefined),
  ...statusTableParams,
  /** "all": every participant; otherwise the first PARTICIPANTS_PAGE rows (a 600 KB page on a phone, issue 19). */
  show: z.enum(['all']).optional().catch(undefined),
})
/** How many participants the treaty page lists before "Show all". */
export const PARTICIPANTS_PAGE = 25
export type TreatyPageParams = z.infer<typeof treatyPageParamsSchema>

/** GET /treaties/export?treaty=<work uri>&format=csv|json (&asOf, sort, dir, org as on the page). */
export const treatyExportParamsSchema = z.object({
  treaty: workUriSchema,
  format: z.enum(['csv', 'json']),
  asOf: isoDateSchema.optional(),
  ...statusTableParams,
})
