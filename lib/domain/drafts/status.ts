/**
 * The four outcomes of a conformity check. Assessments also record RESERVED; for a new clause a
 * reservation is not compliance, so it counts as PARTIAL (see docs/decisions/0501-conformity-forecast.md).
 */
const conformityStatuses = ['MET', 'PARTIAL', 'NOT_MET', 'UNKNOWN'] as const
export type ConformityStatus = (typeof conformityStatuses)[number]

export type AssessmentStatusValue = 'MET' | 'PARTIAL' | 'NOT_MET' | 'RESERVED' | 'UNKNOWN'

export function fromAssessmentStatus(status: AssessmentStatusValue): ConformityStatus {
  return status === 'RESERVED' ? 'PARTIAL' : status
}

/** PARTIAL and NOT_MET mean the jurisdiction would have to change its law. */
export const requiresChange = (status: ConformityStatus) => status === 'PARTIAL' || status === 'NOT_MET'

/**
 * All parts must hold for the whole to hold: every part MET → MET; a mix of met and unmet parts →
 * PARTIAL; only unmet (or unknown) parts with at least one NOT_MET → NOT_MET; otherwise we cannot tell.
 */
export function combineAll(statuses: ConformityStatus[]): ConformityStatus {
  if (statuses.length === 0) return 'UNKNOWN'
  if (statuses.every((s) => s === 'MET')) return 'MET'
  const someMet = statuses.some((s) => s === 'MET' || s === 'PARTIAL')
  const someNotMet = statuses.some((s) => s === 'NOT_MET')
  if (statuses.includes('PARTIAL') || (someMet && someNotMet)) return 'PARTIAL'
  if (someNotMet) return 'NOT_MET'
  return 'UNKNOWN'
}

/** Any one alternative suffices (several definitions of one concept): the most favourable wins. */
const favourability: Record<ConformityStatus, number> = { MET: 3, PARTIAL: 2, UNKNOWN: 1, NOT_MET: 0 }
export function bestOf(statuses: ConformityStatus[]): ConformityStatus {
  if (statuses.length === 0) return 'UNKNOWN'
  return statuses.reduce((best, s) => (favourability[s] > favourability[best] ? s : best))
}

export const conformityLabels: Record<ConformityStatus, string> = {
  MET: 'Meets',
  PARTIAL: 'Partly meets',
  NOT_MET: 'Does not meet',
  UNKNOWN: 'Not known',
}

/** Plain-text markers for exports and screen readers alike: status is never colour alone. */
export const conformitySymbols: Record<ConformityStatus, string> = {
  MET: '✓',
  PARTIAL: '◐',
  NOT_MET: '✗',
  UNKNOWN: '?',
}
