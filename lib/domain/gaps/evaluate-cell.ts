import { describeInvalidity } from './validity-at'
import { isoDay } from '@/lib/domain/format-partial-date'
import { deriveElement, isConflict, type Derived } from './derivation'
import { findCoveringReservation, isReservationInEffect, reservationCoversElement } from './reservations'
import { criterionPoints, rollupStatus, scoreFromElements, type Points } from './scoring'
import type {
  AssessmentInput,
  CriterionDef,
  DerivationFacts,
  ElementDef,
  ElementResultInput,
  EvidenceInput,
  ProvisionRef,
  ReservationInput,
  Status,
} from './gap-inputs'

type ReservationSummary = Pick<ReservationInput, 'id' | 'kind' | 'articles' | 'text' | 'madeOn' | 'sourceUrl'>

export type ElementOutcome = {
  element: ElementDef
  /** The status that counts, after dates, derivation and reservations. */
  status: Status
  source: 'curated' | 'derived' | 'reservation' | 'none'
  curated: (Omit<ElementResultInput, 'elementId'> & { statusOnDate: Status }) | null
  derived: Derived | null
  conflict: boolean
  /** The reservation in effect that covers this element (applied only when the law falls short). */
  reservation: ReservationSummary | null
  dateNote: string | null
}

type EvidenceOutcome = EvidenceInput & { dateNote: string | null }

export type CellOutcome = {
  criterionId: string
  code: string
  status: Status
  /** curated: LexBridge's assessment; elements: rolled up from element results; none: nothing recorded */
  source: 'curated' | 'elements' | 'none'
  assessmentId: string | null
  curatedStatus: Status | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW' | null
  score: number | null
  maxScore: number | null
  points: Points
  elements: ElementOutcome[]
  evidence: EvidenceOutcome[]
  dateNote: string | null
  conflict: boolean
  hasDerived: boolean
  /** elements with a known result (curated, derived or reserved), of `elements.length` */
  assessedElements: number
}

export type CellContext = {
  date: Date
  facts: DerivationFacts | undefined
  reservations: ReservationInput[]
  consentedOn: Date | null
  /** Derivations already worked out for this jurisdiction and date (a row shares one). */
  derivedByRule?: Map<string, Derived | null>
}

const summarise = (r: ReservationInput): ReservationSummary => ({
  id: r.id,
  kind: r.kind,
  articles: r.articles,
  text: r.text,
  madeOn: r.madeOn,
  sourceUrl: r.sourceUrl,
})
const invalidity = (p: ProvisionRef | null, date: Date) => (p ? describeInvalidity(p.validity, date) : null)

/** A curated element result as it stood on the date: a "met" resting on a provision not then in force is not met. */
function curatedOnDate(
  result: ElementResultInput,
  element: ElementDef,
  ctx: CellContext,
): { status: Status; dateNote: string | null } {
  const notInForce = invalidity(result.provision, ctx.date)
  if ((result.status === 'MET' || result.status === 'PARTIAL') && notInForce) {
    return { status: 'NOT_MET', dateNote: `${result.provision!.citation} is ${notInForce}.` }
  }
  if (result.status === 'RESERVED' && element.reservableArticle) {
    const covering = ctx.reservations.filter((r) => reservationCoversElement(r, element))
    if (covering.length && !covering.some((r) => isReservationInEffect(r, ctx.date, ctx.consentedOn))) {
      return { status: 'NOT_MET', dateNote: `The reservation was not in effect on ${isoDay(ctx.date)}.` }
    }
  }
  return { status: result.status, dateNote: null }
}

/** A rule's result for the context: every element of a row with the same rule reads the same facts on the same date. */
function derivedFor(rule: string | null, ctx: CellContext): Derived | null {
  if (!rule || !ctx.facts) return null
  const memo = ctx.derivedByRule
  if (!memo) return deriveElement(rule, ctx.facts, ctx.date)
  let derived = memo.get(rule)
  if (derived === undefined) memo.set(rule, (derived = deriveElement(rule, ctx.facts, ctx.date)))
  return derived
}

function evaluateElement(
  element: ElementDef,
  result: ElementResultInput | undefined,
  ctx: CellContext,
): ElementOutcome {
  const onDate = result ? curatedOnDate(result, element, ctx) : null
  const derived = derivedFor(element.derivationRule, ctx)
  const curatedKnown = onDate && onDate.status !== 'UNKNOWN'
  let status: Status = curatedKnown ? onDate.status : (derived?.status ?? 'UNKNOWN')
  let source: ElementOutcome['source'] = curatedKnown ? 'curated' : derived ? 'derived' : 'none'
  const covering = findCoveringReservation(element, ctx.reservations, ctx.date, ctx.consentedOn)
  // A reservation matters only where the law falls short: a law that meets the element anyway stays "met".
  if (covering && status !== 'MET' && status !== 'RESERVED') {
    status = 'RESERVED'
    source = 'reservation'
  }
  return {
    element,
    status,
    source,
    curated: result
      ? {
          status: result.status,
          provision: result.provision,
          pinpoint: result.pinpoint,
          note: result.note,
          statusOnDate: onDate!.status,
        }
      : null,
    derived,
    conflict: Boolean(onDate && derived && isConflict(onDate.status, derived.status)),
    reservation: covering ? summarise(covering) : null,
    dateNote: onDate?.dateNote ?? null,
  }
}

function curatedCriterionOnDate(
  assessment: AssessmentInput,
  date: Date,
): { status: Status; evidence: EvidenceOutcome[]; dateNote: string | null } {
  const evidence = assessment.evidence.map((e) => ({ ...e, dateNote: invalidity(e.provision, date) }))
  const noneInForce = evidence.length > 0 && evidence.every((e) => e.dateNote)
  if ((assessment.status === 'MET' || assessment.status === 'PARTIAL') && noneInForce) {
    return {
      status: 'NOT_MET',
      evidence,
      dateNote: `None of the provisions relied on was in force on ${isoDay(date)}.`,
    }
  }
  return { status: assessment.status, evidence, dateNote: null }
}

/**
 * One cell: one jurisdiction against one criterion on one date. The curated assessment stands
 * unless its elements changed on that date (a provision not yet in force, a reservation in
 * effect); then the status is rolled up from the elements. With no assessment, derived element
 * results alone give a status ("derived from elements").
 */
export function evaluateCell(
  criterion: CriterionDef,
  assessment: AssessmentInput | undefined,
  ctx: CellContext,
): CellOutcome {
  // One pass over the (few) elements: this runs 7,500 times for a 250 × 30 matrix.
  const results = assessment?.elementResults ?? []
  const elements: ElementOutcome[] = []
  const statuses: Status[] = []
  let adjusted = false
  let anyKnown = false
  let conflict = false
  let hasDerived = false
  for (const e of criterion.elements) {
    const outcome = evaluateElement(
      e,
      results.find((r) => r.elementId === e.id),
      ctx,
    )
    elements.push(outcome)
    statuses.push(outcome.status)
    if (outcome.source === 'reservation' || outcome.dateNote) adjusted = true
    if (outcome.status !== 'UNKNOWN') anyKnown = true
    if (outcome.conflict) conflict = true
    if (outcome.derived) hasDerived = true
  }
  const curated = assessment ? curatedCriterionOnDate(assessment, ctx.date) : null

  let status: Status = 'UNKNOWN'
  let source: CellOutcome['source'] = 'none'
  let score: number | null = null
  let maxScore: number | null = criterion.maxScore
  if (elements.length && anyKnown && (!curated || adjusted)) {
    status = rollupStatus(statuses)
    source = 'elements'
    if (criterion.scoring === 'SCORE') ({ score, max: maxScore } = scoreFromElements(statuses))
  } else if (curated) {
    status = curated.status
    source = 'curated'
    score = criterion.scoring === 'SCORE' && status !== 'UNKNOWN' ? (curated.dateNote ? 0 : assessment!.score) : null
    // A curated score over elements some of which nobody assessed is out of the elements assessed:
    // "2 of 3", not "2 of 4" with the unknown one silently worth 0 (issue 15).
    if (criterion.scoring === 'SCORE' && score !== null && maxScore !== null && anyKnown) {
      const unassessed = statuses.filter((s) => s === 'UNKNOWN' || s === 'RESERVED').length
      maxScore = Math.max(maxScore - unassessed, score)
    }
  }
  // Unknown is never scored: no "0 of 1 points" for a criterion nobody could judge.
  if (status === 'UNKNOWN') score = null
  return {
    criterionId: criterion.id,
    code: criterion.code,
    status,
    source,
    assessmentId: assessment?.id ?? null,
    curatedStatus: assessment?.status ?? null,
    verification: assessment?.verification ?? null,
    score,
    maxScore,
    points: criterionPoints(criterion, status, score, maxScore),
    elements,
    evidence: curated?.evidence ?? [],
    dateNote: curated?.dateNote ?? null,
    conflict,
    hasDerived,
    assessedElements: statuses.filter((st) => st !== 'UNKNOWN').length,
  }
}
