import { conceptFeatureSchemas, parseConceptFeatures } from '@/lib/schemas/concept-features'

/**
 * The feature table of the definitions matrix: one row per structured feature of a concept, one
 * value per definition (true / false / unknown, or a number such as an age limit), and whether the
 * definitions differ on it. "Unknown" is never treated as "no".
 */
export type FeatureValue = boolean | number | null
export type FeatureStatus = 'same' | 'differs' | 'incomplete' | 'unknown'
export type FeatureRow = { key: string; label: string; values: FeatureValue[]; status: FeatureStatus }

const featureLabels: Record<string, string> = {
  ageLimit: 'Age limit (under …)',
  appearsToBeChild: 'Covers a person who appears to be a child',
  visual: 'Covers visual material',
  written: 'Covers written material',
  audio: 'Covers audio material',
  realChild: 'Limited to real children',
  virtualOrGenerated: 'Covers virtual, computer- or AI-generated material',
  drawingsOrCartoons: 'Covers drawings and cartoons',
  appearsToBeMinor: 'Covers a person who appears to be a minor',
  sexualPartsForSexualPurpose: 'Covers sexual parts for a sexual purpose',
  selfGeneratedExemption: 'Exempts consensual self-generated images of those above the age of consent',
  requiresIct: 'Requires use of ICT',
  coversOffline: 'Also covers offline conduct',
  requiresProposalToMeet: 'Requires a proposal to meet',
  requiresMaterialActs: 'Requires material acts leading to a meeting',
  coversSolicitationForImages: 'Covers solicitation to obtain sexual images',
  requiresAdultOffender: 'Offender must be an adult',
  coversSexualImages: 'Covers threats involving sexual images',
  coversFinancialDemands: 'Covers financial demands',
  specificOffence: 'A specific offence exists',
  coversLiveStreaming: 'Covers live-streamed abuse',
  coversProstitution: 'Covers child prostitution',
  coversHosting: 'Covers hosting services',
  coversSearch: 'Covers search services',
  coversMessaging: 'Covers messaging services',
  hasThresholds: 'Duties depend on size or risk thresholds',
  requiresAgeVerification: 'Requires age verification',
  technologyNeutral: 'Technology-neutral',
}

export function featureLabel(key: string) {
  return featureLabels[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase())
}

/** The concept's declared features in schema order; for an unknown concept, those found in the data. */
export function featureKeys(concept: string, featureSets: unknown[]): string[] {
  const schema = (conceptFeatureSchemas as Record<string, { shape: Record<string, unknown> }>)[concept]
  if (schema) return Object.keys(schema.shape)
  const keys = new Set<string>()
  for (const set of featureSets) if (set && typeof set === 'object') for (const key of Object.keys(set)) keys.add(key)
  return [...keys].sort()
}

function statusOf(values: FeatureValue[]): FeatureStatus {
  const known = values.filter((value) => value !== null)
  if (!known.length) return 'unknown'
  if (new Set(known).size > 1) return 'differs'
  return known.length < values.length ? 'incomplete' : 'same'
}

/** Rows for the feature table. Features that fail the concept's schema count as unknown, and are reported. */
export function compareFeatures(concept: string, featureSets: unknown[]): { rows: FeatureRow[]; invalid: boolean[] } {
  const parsed = featureSets.map((set) => parseConceptFeatures(concept, set))
  const values = parsed.map((result) => (result.success ? (result.data as Record<string, FeatureValue>) : {}))
  const rows = featureKeys(concept, featureSets).map((key) => {
    const row = values.map((set) => (typeof set[key] === 'boolean' || typeof set[key] === 'number' ? set[key] : null))
    return { key, label: featureLabel(key), values: row, status: statusOf(row) }
  })
  return { rows, invalid: parsed.map((result) => !result.success) }
}
