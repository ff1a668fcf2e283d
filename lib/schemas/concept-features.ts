import { z } from 'zod'

/**
 * Structured features of a legal definition, one zod schema per concept.
 * Every feature is tri-state: true (the law covers it), false (it does not), null (not known / not recorded).
 */
const tri = z.boolean().nullable().default(null)
const ageLimit = z.number().int().min(0).max(25).nullable().default(null)

export const conceptFeatureSchemas = {
  child: z.strictObject({
    /** "child" means a person under this age */
    ageLimit,
    /** the definition also covers persons who appear to be under the age limit */
    appearsToBeChild: tri,
  }),
  csam: z.strictObject({
    ageLimit,
    visual: tri,
    written: tri,
    audio: tri,
    /** covers depictions of real children only (true) */
    realChild: tri,
    /** covers simulated, virtual, computer-generated or AI-generated depictions */
    virtualOrGenerated: tri,
    /** covers drawings, cartoons or other non-realistic depictions */
    drawingsOrCartoons: tri,
    /** covers a person who appears to be a minor */
    appearsToBeMinor: tri,
    /** defined by reference to sexual purpose or sexual parts, not only "sexually explicit conduct" */
    sexualPartsForSexualPurpose: tri,
    /**
     * images that children above the age of sexual consent make of themselves, and hold or share
     * consensually for private use, are exempt (cf. Lanzarote art. 20(3)); read by the age-consistency check
     */
    selfGeneratedExemption: tri,
  }),
  grooming: z.strictObject({
    ageLimit,
    /** requires the use of information and communication technologies (Lanzarote art. 23) */
    requiresIct: tri,
    /** also punishable when committed offline */
    coversOffline: tri,
    /** requires a proposal to meet */
    requiresProposalToMeet: tri,
    /** requires material acts leading to a meeting */
    requiresMaterialActs: tri,
    /** covers solicitation to obtain sexual images (Lanzarote art. 23 does not; many laws do) */
    coversSolicitationForImages: tri,
    /** the offender must be an adult */
    requiresAdultOffender: tri,
  }),
  'sexual-extortion': z.strictObject({
    ageLimit,
    coversSexualImages: tri,
    coversFinancialDemands: tri,
    specificOffence: tri,
  }),
  'sexual-exploitation': z.strictObject({
    ageLimit,
    coversLiveStreaming: tri,
    coversProstitution: tri,
  }),
  'online-service-provider': z.strictObject({
    coversHosting: tri,
    coversSearch: tri,
    coversMessaging: tri,
    /** duties depend on size or risk thresholds */
    hasThresholds: tri,
  }),
  'age-assurance': z.strictObject({
    requiresAgeVerification: tri,
    technologyNeutral: tri,
  }),
} as const

type ConceptSlug = keyof typeof conceptFeatureSchemas
const conceptSlugs = Object.keys(conceptFeatureSchemas) as ConceptSlug[]

/** Validates a definition's features against its concept's schema; unknown concepts accept tri-state records. */
export function parseConceptFeatures(concept: string, features: unknown) {
  const schema =
    (conceptFeatureSchemas as Record<string, z.ZodType>)[concept] ??
    z.record(z.string(), z.union([z.boolean(), z.number(), z.null()]))
  return schema.safeParse(features ?? {})
}
