import { isValidAt } from './validity-at'
import type { DerivationFacts, Status } from './gap-inputs'

/**
 * Mechanical derivations: results that follow from data already recorded, so curators need not
 * record them twice. Each rule reads only facts in effect on the date and returns null when the
 * facts say nothing (the element then stays unknown unless curated).
 */
export type Derived = { status: Status; reason: string; sources: string[] }
type DerivationRule = (facts: DerivationFacts, date: Date) => Derived | null

const unique = (values: string[]) => [...new Set(values)]

/** "Child" in the CSAM offences is anyone under 18: from CSAM definitions' age limits and the csam-age-limit benchmark. */
const csamAge18: DerivationRule = (facts, date) => {
  const limits = facts.csamAgeLimits.filter((l) => isValidAt(l.validity, date))
  if (!limits.length) return null
  const ages = limits.map((l) => l.age)
  const min = Math.min(...ages)
  const max = Math.max(...ages)
  const sources = unique(limits.map((l) => l.citation))
  if (min >= 18)
    return {
      status: 'MET',
      reason: `Every recorded CSAM age limit protects persons under ${min === max ? min : `${min}–${max}`}.`,
      sources,
    }
  if (max < 18)
    return {
      status: 'NOT_MET',
      reason: `The recorded CSAM age limit is ${min === max ? min : `${min}–${max}`}, below 18.`,
      sources,
    }
  return {
    status: 'PARTIAL',
    reason: `Recorded CSAM age limits differ (${min} to ${max}); some are below 18.`,
    sources,
  }
}

/** The CSAM definition covers simulated, virtual or computer-/AI-generated material. */
const csamVirtual: DerivationRule = (facts, date) => {
  const known = facts.csamVirtual.filter((f) => isValidAt(f.validity, date))
  if (!known.length) return null
  const covering = known.filter((f) => f.covered)
  if (covering.length)
    return {
      status: 'MET',
      reason: 'A recorded CSAM definition covers virtual or generated material.',
      sources: unique(covering.map((f) => f.citation)),
    }
  return {
    status: 'NOT_MET',
    reason: 'The recorded CSAM definitions do not cover virtual or generated material.',
    sources: unique(known.map((f) => f.citation)),
  }
}

/**
 * Simple possession criminalised regardless of intent to distribute: carried over from the curated
 * ICMEC criterion 4 assessment, which asks exactly that, if its evidence was in force on the date.
 */
const csamPossession: DerivationRule = (facts, date) => {
  const p = facts.possession
  if (!p || p.status === 'UNKNOWN' || p.status === 'RESERVED') return null
  if (p.validity.length && !p.validity.some((v) => isValidAt(v, date))) return null
  return {
    status: p.status,
    reason:
      'Carried over from LexBridge’s assessment of ICMEC criterion 4 (simple possession regardless of intent to distribute).',
    sources: p.citations,
  }
}

const derivationRules: Record<string, DerivationRule> = {
  'csam-age-18': csamAge18,
  'csam-virtual': csamVirtual,
  'csam-possession': csamPossession,
}

export const derivationRuleLabels: Record<string, string> = {
  'csam-age-18': 'From the age limit of the CSAM definition or the CSAM age benchmark',
  'csam-virtual': 'From the CSAM definition’s coverage of virtual or generated material',
  'csam-possession': 'From the assessment of ICMEC criterion 4 (simple possession)',
}

export function deriveElement(rule: string | null, facts: DerivationFacts | undefined, date: Date): Derived | null {
  if (!rule || !facts) return null
  const fn = derivationRules[rule]
  return fn ? fn(facts, date) : null
}

/** A curated and a derived status disagree (a curated "reserved" is compatible with any shortfall). */
export function isConflict(curated: Status, derived: Status): boolean {
  if (curated === 'UNKNOWN' || derived === 'UNKNOWN' || curated === derived) return false
  if (curated === 'RESERVED') return derived === 'MET'
  return true
}
