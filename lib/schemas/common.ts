import { z } from 'zod'

/** Shared building blocks for every zod schema in the app (forms, API, import, dataset). */

export const verificationSchema = z.enum(['verified', 'needs-review'])
type Verification = z.infer<typeof verificationSchema>

export const textKindSchema = z.enum(['verbatim', 'summary'])

/** A calendar date, YYYY-MM-DD, that exists (2023-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist')

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'Use a full http(s) address' }).max(2000)

/** ISO 3166-1 alpha-2 (GB), ISO 3166-2 (US-CA, GB-SCT) or an organisation code (EU, COE, UN). */
export const jurisdictionCodeSchema = z
  .string()
  .regex(
    /^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^[A-Z]{2,8}$/,
    'Use an ISO 3166 code (GB, US-CA) or an organisation code (EU, COE)',
  )

/** Akoma Ntoso FRBR work URI, e.g. /akn/gb/act/2023/50 or /akn/int/treaty/coe/2007/201 */
export const workUriSchema = z
  .string()
  .regex(
    /^\/akn\/[a-z0-9-]+\/[a-zA-Z]+(\/[A-Za-z0-9_.-]+)+$/,
    'Use an Akoma Ntoso work URI such as /akn/gb/act/2023/50',
  )

/** Akoma Ntoso element id, e.g. sec_28__subsec_3 or art_23 */
export const eIdSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(_[A-Za-z0-9-]+)?(__[a-z][a-z0-9]*(_[A-Za-z0-9-]+)?)*$/,
    'Use an Akoma Ntoso eId such as sec_28__subsec_3',
  )

/** A reference to a provision from a data file: "<work uri>#<eId>". */
export const provisionRefSchema = z
  .string()
  .regex(/^\/akn\/[^#\s]+#[a-z][A-Za-z0-9_-]*$/, 'Use "<instrument uri>#<eId>", e.g. /akn/gb/act/2023/50#sec_10')

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'Use lower-case letters, digits, dots and hyphens')
