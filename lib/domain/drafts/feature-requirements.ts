import type { ConformityStatus } from './status'

/**
 * Compares one legal definition's tri-state features with the features a clause requires.
 * A boolean requirement is met when the definition records the same value; an age requirement
 * (ageLimit) is met when the definition protects persons up to at least that age.
 * A feature the definition does not record (null/absent) is unknown, never assumed.
 */
export type FeatureRequirements = Record<string, boolean | number>
export type FeatureCheck = {
  feature: string
  required: boolean | number
  actual: boolean | number | null
  status: 'ok' | 'fail' | 'unknown'
}

export function checkFeatures(
  required: FeatureRequirements,
  features: Record<string, unknown>,
): { status: ConformityStatus; checks: FeatureCheck[] } {
  const checks = Object.entries(required).map(([feature, want]): FeatureCheck => {
    const raw = features[feature]
    const actual = typeof raw === 'boolean' || typeof raw === 'number' ? raw : null
    if (actual === null) return { feature, required: want, actual, status: 'unknown' }
    const ok = typeof want === 'number' ? typeof actual === 'number' && actual >= want : actual === want
    return { feature, required: want, actual, status: ok ? 'ok' : 'fail' }
  })
  return { status: statusOfChecks(checks), checks }
}

function statusOfChecks(checks: FeatureCheck[]): ConformityStatus {
  if (checks.length === 0) return 'MET'
  const fails = checks.filter((c) => c.status === 'fail').length
  const oks = checks.filter((c) => c.status === 'ok').length
  if (fails > 0) return oks > 0 ? 'PARTIAL' : 'NOT_MET'
  return oks === checks.length ? 'MET' : 'UNKNOWN'
}

/** "covers virtual or generated material: required yes, definition no" → a readable phrase. */
export function describeFeature(feature: string): string {
  return feature.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** " (covering virtual or generated; age limit at least 18)" for labels; "" when nothing is required. */
export function describeRequirements(required: FeatureRequirements): string {
  const parts = Object.entries(required).map(([feature, want]) =>
    typeof want === 'number'
      ? `${describeFeature(feature)} at least ${want}`
      : `${want ? '' : 'not '}${describeFeature(feature)}`,
  )
  return parts.length ? ` (${parts.join('; ')})` : ''
}
