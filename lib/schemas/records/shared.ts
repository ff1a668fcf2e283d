import { z } from 'zod'
import { httpUrlSchema, jurisdictionCodeSchema, provisionRefSchema, workUriSchema } from '../common'
import { enumField, optionalFormat, optionalText, requiredFormat } from '../fields'

/** Pieces several record schemas share. References to other records use natural keys (codes, URIs), never database ids. */
export const verification = enumField(['VERIFIED', 'NEEDS_REVIEW'], 'NEEDS_REVIEW')
export const textKind = enumField(['VERBATIM', 'SUMMARY'], 'SUMMARY')
export const sourceUrl = optionalFormat(httpUrlSchema)
/** Curator-only working note: edited in /admin, never selected by public pages, the API or public exports */
export const curatorNote = optionalText(2000)
export const jurisdictionRef = requiredFormat(
  z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(jurisdictionCodeSchema),
)
export const optionalJurisdictionRef = optionalFormat(
  z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(jurisdictionCodeSchema),
)
export const workRef = requiredFormat(workUriSchema)
export const optionalWorkRef = optionalFormat(workUriSchema)
/** "<work or expression uri>#<eId>" */
export const optionalProvisionRef = optionalFormat(
  z
    .string()
    .max(400)
    .pipe(
      provisionRefSchema.or(
        z
          .string()
          .regex(
            /^\/akn\/[^#\s]+#[a-z][A-Za-z0-9_-]*$/,
            'Use "<instrument uri>#<eId>", e.g. /akn/gb/act/2023/50#sec_10',
          ),
      ),
    ),
)
/** "<standard slug>/<criterion code>" */
export const criterionRefPattern = z
  .string()
  .regex(/^[a-z0-9.-]+\/[A-Za-z0-9.()-]+$/, 'Use "<standard slug>/<criterion code>", e.g. lanzarote-23/23')
