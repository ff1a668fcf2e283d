import type { z } from 'zod'
import type { dataAgeBenchmarkSchema } from '@/lib/schemas/dataset'

type Age = z.infer<typeof dataAgeBenchmarkSchema>

/** Conditions that describe a close-in-age (similar-age, "Romeo and Juliet") rule, not ones that deny having one. */
const CLOSE_IN_AGE = /\b(close|similar)[- ]in[- ]age\b|\bsimilar[- ]age\b|\bromeo and juliet\b/i
const DENIED = /\bno (close|similar)[- ](in[- ])?age\b/i
/** An age gap named in figures: "3 years", "24 months", "48-month". */
const GAP = /\b\d+[- ](years?|months?)\b/i
/** A citation that names the provision (a section, article or paragraph number), not just the law. */
const PINPOINT = /\d/

/**
 * Issue-16 rules for one age benchmark (issue 16: sub-national ages), as messages; [] when it passes.
 * - a sub-national age of sexual consent must cite the provision that sets it;
 * - a close-in-age rule must name its age gap in figures;
 * - a sub-national age marked verified must say when it was compared with an official text.
 */
export function ageBenchmarkProblems(age: Age, options: { subnational: boolean; today: string }): string[] {
  const problems: string[] = []
  if (options.subnational && age.kind === 'sexual-consent' && age.age !== null && !PINPOINT.test(age.citation)) {
    problems.push(`a sub-national age of consent must cite the section that sets it (citation "${age.citation}")`)
  }
  const conditions = age.conditions ?? ''
  if (CLOSE_IN_AGE.test(conditions) && !DENIED.test(conditions) && !GAP.test(conditions)) {
    problems.push('the conditions describe a close-in-age rule but name no age gap (e.g. "3 years", "24 months")')
  }
  if (options.subnational && age.verification === 'verified' && !age.lastVerifiedOn) {
    problems.push('verified without lastVerifiedOn: give the date the age and citation were compared with an official text')
  }
  if (age.lastVerifiedOn && age.lastVerifiedOn > options.today) problems.push(`lastVerifiedOn ${age.lastVerifiedOn} is in the future`)
  return problems
}
