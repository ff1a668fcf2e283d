import type { CriterionDef, Status } from './gap-inputs'

/**
 * Scoring rules (docs/gaps.md, "Scoring").
 *  - A criterion's status from its elements: all met → met; met or reserved with at least one
 *    reserved → reserved (met as far as the treaty binds this party); any shortfall (not met,
 *    partial) → partial if anything is met, else not met; otherwise, with unknowns, unknown.
 *  - Unknown is never scored (issue 15): a criterion nobody assessed (and no rule derives) is left
 *    out of the points, like a reserved one, and counted apart as "not assessed yet"; every total
 *    says how many criteria it covers ("assessed 12 of 46").
 *  - Points per assessed criterion, out of 1: met 1, partial ½, not met 0; a reserved criterion
 *    is left out of the total (not a gap, not a success). SCORE rubrics give score / maxScore over
 *    the elements assessed, with reserved and unknown elements taken out of maxScore.
 */
export function rollupStatus(elementStatuses: Status[]): Status {
  if (!elementStatuses.length) return 'UNKNOWN'
  const has = (s: Status) => elementStatuses.includes(s)
  const shortfall = has('NOT_MET') || has('PARTIAL')
  const someMet = has('MET') || has('PARTIAL')
  if (shortfall) return someMet ? 'PARTIAL' : 'NOT_MET'
  if (has('UNKNOWN')) return 'UNKNOWN'
  return has('RESERVED') ? 'RESERVED' : 'MET'
}

const elementPoints: Record<Status, number> = { MET: 1, PARTIAL: 0.5, NOT_MET: 0, UNKNOWN: 0, RESERVED: 0 }

/**
 * A SCORE rubric's score from its elements: one point per met element, half per partial, out of the
 * elements assessed (neither reserved nor unknown). Null when no element is assessed.
 */
export function scoreFromElements(elementStatuses: Status[]): { score: number | null; max: number | null } {
  const applicable = elementStatuses.filter((s) => s !== 'RESERVED' && s !== 'UNKNOWN')
  if (!applicable.length) return { score: null, max: null }
  return { score: applicable.reduce((sum, s) => sum + elementPoints[s], 0), max: applicable.length }
}

export type Points = { earned: number; possible: number }

export function criterionPoints(
  criterion: Pick<CriterionDef, 'scoring' | 'maxScore'>,
  status: Status,
  score: number | null,
  max: number | null,
): Points {
  if (status === 'RESERVED' || status === 'UNKNOWN') return { earned: 0, possible: 0 }
  if (criterion.scoring === 'SCORE' && score !== null && max)
    return { earned: Math.max(0, Math.min(1, score / max)), possible: 1 }
  return { earned: elementPoints[status], possible: 1 }
}

export type StatusCounts = Record<Status, number>
const zeroCounts = (): StatusCounts => ({ MET: 0, PARTIAL: 0, NOT_MET: 0, RESERVED: 0, UNKNOWN: 0 })

export function countStatuses(values: Status[]): StatusCounts {
  const counts = zeroCounts()
  for (const s of values) counts[s]++
  return counts
}

/**
 * `assessed` of `of` criteria have a known result (anything but unknown); `percent` is earned over
 * possible, i.e. over the assessed, not reserved criteria only, and null when there are none.
 */
export type Totals = {
  counts: StatusCounts
  earned: number
  possible: number
  percent: number | null
  assessed: number
  of: number
}

export function totalPoints(items: { status: Status; points: Points }[]): Totals {
  const earned = items.reduce((sum, i) => sum + i.points.earned, 0)
  const possible = items.reduce((sum, i) => sum + i.points.possible, 0)
  const counts = countStatuses(items.map((i) => i.status))
  return {
    counts,
    earned,
    possible,
    percent: possible ? Math.round((earned / possible) * 1000) / 10 : null,
    assessed: items.length - counts.UNKNOWN,
    of: items.length,
  }
}

/**
 * A sufficiency group (e.g. ICMEC "sufficient" = criteria 1-4) is satisfied when every criterion
 * in it is met or reserved; failed as soon as one is partial or not met; otherwise unknown.
 */
export type Sufficiency = { group: string; codes: string[]; verdict: 'yes' | 'no' | 'unknown' }

export type SufficiencyGroup = { group: string; codes: string[] }

/** The sufficiency groups of a rubric, in order of first appearance (worked out once per matrix). */
export function sufficiencyGroups(criteria: Pick<CriterionDef, 'code' | 'sufficiencyGroup'>[]): SufficiencyGroup[] {
  const groups = new Map<string, string[]>()
  for (const c of criteria)
    if (c.sufficiencyGroup) groups.set(c.sufficiencyGroup, [...(groups.get(c.sufficiencyGroup) ?? []), c.code])
  return [...groups].map(([group, codes]) => ({ group, codes }))
}

/** Each group's verdict from one jurisdiction's cell statuses (a criterion without a cell is unknown). */
export function judgeSufficiency(groups: SufficiencyGroup[], cells: { code: string; status: Status }[]): Sufficiency[] {
  if (!groups.length) return []
  return groups.map(({ group, codes }) => {
    const values = codes.map((code) => cells.find((c) => c.code === code)?.status ?? 'UNKNOWN')
    const verdict = values.every((s) => s === 'MET' || s === 'RESERVED')
      ? 'yes'
      : values.some((s) => s === 'NOT_MET' || s === 'PARTIAL')
        ? 'no'
        : 'unknown'
    return { group, codes, verdict }
  })
}
