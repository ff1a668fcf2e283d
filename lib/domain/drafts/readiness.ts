import { fromAssessmentStatus, type AssessmentStatusValue, type ConformityStatus } from './status'
import { articlesOverlap } from '@/lib/domain/gaps/article-refs'
import type { EvidenceRef } from './conformity'

/**
 * Ratification readiness of one jurisdiction for one treaty: each obligation (a criterion of the
 * treaty's baseline standards) with the provisions that satisfy it, its gaps, and for each gap the
 * reservation the treaty allows that would cover it (CriterionElement.reservableArticle).
 */
export type ObligationInput = {
  id: string
  code: string
  title: string
  articleRef: string | null
  standard: string
  elements: { id: string; code: string; text: string; reservableArticle: string | null }[]
}
/**
 * One obligation's result as the gap matrix evaluates it (lib/data/gaps/find-criterion-results.ts):
 * the criterion's status after dates, derivation and reservations, and each element's.
 */
export type ReadinessResultInput = {
  criterionId: string
  status: AssessmentStatusValue
  /** the curator's rationale, or how the result was worked out, in plain words */
  explanation: string | null
  evidence: EvidenceRef[]
  elements: {
    elementId: string
    status: AssessmentStatusValue
    evidence: EvidenceRef | null
    note: string | null
    reservation: { kind: string; articles: string[]; text: string } | null
  }[]
}
export type ReservationInput = { kind: string; articles: string[]; text: string; withdrawn: boolean }

type Gap = {
  /** null when the obligation has no element results: the whole obligation is the gap */
  element: { code: string; text: string } | null
  status: ConformityStatus
  note: string | null
  reservableArticle: string | null
  /** a reservation this jurisdiction has made (in effect today) that covers the gap */
  existingReservation: ReservationInput | null
}
export type ObligationReadiness = {
  obligation: ObligationInput
  assessed: boolean
  status: ConformityStatus
  readiness: 'READY' | 'READY_WITH_RESERVATIONS' | 'CHANGES_NEEDED' | 'NOT_ASSESSED'
  rationale: string | null
  satisfiedBy: EvidenceRef[]
  gaps: Gap[]
  /** elements nobody assessed and no rule derives: neither gaps nor met, listed so they stay visible */
  notAssessed: { code: string; text: string }[]
}
type AllowedReservation = {
  article: string
  elements: { obligation: string; code: string; text: string }[]
  wouldCoverGap: boolean
  alreadyMade: boolean
}
export type Readiness = {
  obligations: ObligationReadiness[]
  allowedReservations: AllowedReservation[]
  /** obligations per verdict: the summary cards and the list count the same things */
  totals: Record<ObligationReadiness['readiness'], number>
  /** gaps a reservation the treaty allows could cover, and gaps only a change in the law can close */
  gapsCoverable: number
  gapsNeedingLegislation: number
}

const isShortfall = (s: AssessmentStatusValue) => s === 'NOT_MET' || s === 'PARTIAL' || s === 'RESERVED'

/**
 * Readiness from the shared evaluation: an obligation is judged exactly as the gap matrix judges
 * its criterion on the same date (met → already satisfied; reserved → satisfied with reservations;
 * partly or not met → its shortfalls are the gaps; unknown → not assessed). An element nobody
 * assessed is listed as such: it is neither a gap nor met.
 */
export function computeReadiness(input: {
  obligations: ObligationInput[]
  results: ReadinessResultInput[]
  reservations: ReservationInput[]
}): Readiness {
  const results = new Map(input.results.map((r) => [r.criterionId, r]))
  const inForce = input.reservations.filter((r) => !r.withdrawn)
  const findReservation = (article: string | null) =>
    article ? (inForce.find((r) => r.articles.some((a) => articlesOverlap(a, article))) ?? null) : null

  const obligations = input.obligations.map((obligation): ObligationReadiness => {
    const result = results.get(obligation.id)
    const byElement = new Map((result?.elements ?? []).map((e) => [e.elementId, e]))
    const notAssessed = obligation.elements
      .filter((e) => (byElement.get(e.id)?.status ?? 'UNKNOWN') === 'UNKNOWN')
      .map((e) => ({ code: e.code, text: e.text }))
    if (!result || result.status === 'UNKNOWN') {
      return {
        obligation,
        assessed: false,
        status: 'UNKNOWN',
        readiness: 'NOT_ASSESSED',
        rationale: result?.explanation ?? null,
        satisfiedBy: [],
        gaps: [],
        notAssessed,
      }
    }
    const status = fromAssessmentStatus(result.status)
    const satisfiedBy = dedupe([
      ...result.evidence,
      ...result.elements.filter((e) => e.status === 'MET' && e.evidence).map((e) => e.evidence!),
    ])
    const elementGaps: Gap[] = obligation.elements.flatMap((e) => {
      const r = byElement.get(e.id)
      if (!r || !isShortfall(r.status)) return []
      const existing = r.reservation ? { ...r.reservation, withdrawn: false } : findReservation(e.reservableArticle)
      return [
        {
          element: { code: e.code, text: e.text },
          status: fromAssessmentStatus(r.status),
          note: r.note,
          reservableArticle: e.reservableArticle,
          existingReservation: existing,
        },
      ]
    })
    const gaps: Gap[] =
      result.status === 'MET'
        ? []
        : elementGaps.length
          ? elementGaps
          : [{ element: null, status, note: null, reservableArticle: null, existingReservation: null }]
    const readiness = result.status === 'RESERVED' ? 'READY_WITH_RESERVATIONS' : readinessOf(gaps)
    return {
      obligation,
      assessed: true,
      status,
      readiness,
      rationale: result.explanation,
      satisfiedBy,
      gaps,
      notAssessed,
    }
  })

  const allGaps = obligations.flatMap((o) => o.gaps)
  const totals = { READY: 0, READY_WITH_RESERVATIONS: 0, CHANGES_NEEDED: 0, NOT_ASSESSED: 0 }
  for (const o of obligations) totals[o.readiness] += 1
  return {
    obligations,
    allowedReservations: listAllowedReservations(
      input.obligations,
      allGaps,
      (article) => findReservation(article) !== null,
    ),
    totals,
    gapsCoverable: allGaps.filter((g) => g.reservableArticle).length,
    gapsNeedingLegislation: allGaps.filter((g) => !g.reservableArticle).length,
  }
}

function readinessOf(gaps: Gap[]): ObligationReadiness['readiness'] {
  if (gaps.length === 0) return 'READY'
  return gaps.every((g) => g.reservableArticle) ? 'READY_WITH_RESERVATIONS' : 'CHANGES_NEEDED'
}

function listAllowedReservations(
  obligations: ObligationInput[],
  gaps: Gap[],
  alreadyMade: (article: string) => boolean,
): AllowedReservation[] {
  const byArticle = new Map<string, AllowedReservation>()
  for (const o of obligations) {
    for (const e of o.elements) {
      if (!e.reservableArticle) continue
      const entry = byArticle.get(e.reservableArticle) ?? {
        article: e.reservableArticle,
        elements: [],
        wouldCoverGap: false,
        alreadyMade: alreadyMade(e.reservableArticle),
      }
      entry.elements.push({ obligation: o.code, code: e.code, text: e.text })
      byArticle.set(e.reservableArticle, entry)
    }
  }
  for (const gap of gaps) if (gap.reservableArticle) byArticle.get(gap.reservableArticle)!.wouldCoverGap = true
  return [...byArticle.values()].sort((a, b) => a.article.localeCompare(b.article, 'en', { numeric: true }))
}

function dedupe(refs: EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => !seen.has(r.citation) && seen.add(r.citation))
}

export const readinessLabels: Record<ObligationReadiness['readiness'], string> = {
  READY: 'Already satisfied',
  READY_WITH_RESERVATIONS: 'Satisfied with reservations',
  CHANGES_NEEDED: 'Changes needed',
  NOT_ASSESSED: 'Not assessed yet',
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The summary sentence: it counts obligations, as the cards above it and the list below it do,
 * and then says what the gaps inside them are ("1 obligation needs a change in the law (5 gaps …)").
 */
export function describeReadiness(r: Pick<Readiness, 'obligations' | 'totals'>): string {
  const gapsIn = (verdict: ObligationReadiness['readiness']) =>
    r.obligations.filter((o) => o.readiness === verdict).reduce((n, o) => n + o.gaps.length, 0)
  const t = r.totals
  const parts = [
    `${count(t.READY, 'is', 'are')} already satisfied`,
    `${t.READY_WITH_RESERVATIONS} ${t.READY_WITH_RESERVATIONS === 1 ? 'is' : 'are'} satisfied with reservations (${count(gapsIn('READY_WITH_RESERVATIONS'), 'gap', 'gaps')} a reservation the treaty allows covers)`,
    `${t.CHANGES_NEEDED} ${t.CHANGES_NEEDED === 1 ? 'needs' : 'need'} a change in the law (${count(gapsIn('CHANGES_NEEDED'), 'gap', 'gaps')} in ${t.CHANGES_NEEDED === 1 ? 'it' : 'them'})`,
    `${t.NOT_ASSESSED} ${t.NOT_ASSESSED === 1 ? 'is' : 'are'} not assessed yet`,
  ]
  return `Of ${count(r.obligations.length, 'obligation', 'obligations')}: ${parts.join('; ')}.`
}
