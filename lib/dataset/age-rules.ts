import type { z } from 'zod'
import type { dataAgeBenchmarkSchema } from '@/lib/schemas/dataset'

type Age = z.infer<typeof dataAgeBenchmarkSchema>

/** Conditions that describe a close-in-age (similar-age, "Romeo and Juliet") rule, not ones that deny having one. */
const CLOSE_IN_AGE = /\b(close|similar)[- ]in[- ]age\b|\bsimilar[- ]age\b|\bromeo and juliet\b/i
const DENIED = /\bno (statutory )?(close|similar)[- ](in[- ])?age\b/i
/** An age gap: "3 years", "24 months", "48-month", "three years", "4 or more years". */
const GAP = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)( or more)?[- ](years?|months?)\b/i
/** A citation that names the provision (a section, article or paragraph number), not just the law. */
const PINPOINT = /\d/

/**
 * Issue-16 rules for one age benchmark, as error messages; [] when it passes.
 * - a sub-national age of sexual consent must cite the provision that sets it;
 * - a close-in-age rule must name its age gap in figures;
 * - a sub-national age marked verified must say when it was compared with an official text.
 */
export function ageBenchmarkProblems(age: Age, options: { subnational: boolean; today: string }): string[] {
  return ageBenchmarkIssues(age, options)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message)
}

/**
 * The same rules with a severity: a national close-in-age rule without a gap in figures is a warning
 * (some laws, e.g. Spain's, set the exemption by closeness "in age and maturity", with no figure).
 */
export function ageBenchmarkIssues(age: Age, options: { subnational: boolean; today: string }) {
  const issues: { severity: 'error' | 'warning'; message: string }[] = []
  const error = (message: string) => issues.push({ severity: 'error', message })
  if (options.subnational && age.kind === 'sexual-consent' && age.age !== null && !PINPOINT.test(age.citation)) {
    error(`a sub-national age of consent must cite the section that sets it (citation "${age.citation}")`)
  }
  const conditions = age.conditions ?? ''
  if (CLOSE_IN_AGE.test(conditions) && !DENIED.test(conditions) && !GAP.test(conditions)) {
    const message = 'the conditions describe a close-in-age rule but name no age gap (e.g. "3 years", "24 months")'
    issues.push({ severity: options.subnational ? 'error' : 'warning', message })
  }
  if (options.subnational && age.verification === 'verified' && !age.lastVerifiedOn) {
    error('verified without lastVerifiedOn: give the date the age and citation were compared with an official text')
  }
  if (age.lastVerifiedOn && age.lastVerifiedOn > options.today)
    error(`lastVerifiedOn ${age.lastVerifiedOn} is in the future`)
  return issues
}
