import { z } from 'zod'
import { isoDateSchema, workUriSchema } from './common'

/** /treaties/akn/coe/treaty/2007/cets-201 → "/akn/coe/treaty/2007/cets-201" (catch-all segments). */
export const treatyUriSegmentsSchema = z
  .array(z.string().max(100))
  .min(2)
  .max(10)
  .transform((parts) => `/${parts.map((p) => decodeURIComponent(p)).join('/')}`)
  .pipe(workUriSchema)

export const treatyPageParamsSchema = z.object({
  /** "Show parties as of" a past date (map and counts). */
  asOf: isoDateSchema.optional().catch(undefined),
})
