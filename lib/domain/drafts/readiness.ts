import { fromAssessmentStatus, type AssessmentStatusValue, type ConformityStatus } from './status'
import { articlesOverlap } from '@/lib/domain/gaps/articles'
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
export type ReadinessAssessmentInput = {
  criterionId: string
  status: AssessmentStatusValue
  rationale: string
  evidence: EvidenceRef[]
  elementResults: { elementId: string; status: AssessmentStatusValue; evidence: EvidenceRef | null; note: string | null }[]
}
export type ReservationInput = { kind: string; articles: string[]; text: string; withdrawn: boolean }

type Gap = {
  /** null when the obligation has no elements: the whole obligation is the gap */
  element: { code: string; text: string } | null
  status: ConformityStatus
  note: string | null
  reservableArticle: string | null
  /** a reservation this jurisdiction has already made (and not withdrawn) that covers the gap */
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
}
type AllowedReservation = { article: string; elements: { obligation: string; code: string; text: string }[]; wouldCoverGap: boolean; alreadyMade: boolean }
export type Readiness = {
  obligations: ObligationReadiness[]
  allowedReservations: AllowedReservation[]
  totals: Record<ObligationReadiness['readiness'], number>
  gapsCoverable: number
  gapsNeedingLegislation: number
}

export function computeReadiness(input: { obligations: ObligationInput[]; assessments: ReadinessAssessmentInput[]; reservations: ReservationInput[] }): Readiness {
  const assessments = new Map(input.assessments.map((a) => [a.criterionId, a]))
  const inForce = input.reservations.filter((r) => !r.withdrawn)
  const findReservation = (article: string | null) => (article ? (inForce.find((r) => r.articles.some((a) => articlesOverlap(a, article))) ?? null) : null)

  const obligations = input.obligations.map((obligation): ObligationReadiness => {
    const assessment = assessments.get(obligation.id)
    if (!assessment || assessment.status === 'UNKNOWN') {
      return { obligation, assessed: false, status: 'UNKNOWN', readiness: 'NOT_ASSESSED', rationale: assessment?.rationale ?? null, satisfiedBy: assessment?.evidence ?? [], gaps: [] }
    }
    const status = fromAssessmentStatus(assessment.status)
    const results = new Map(assessment.elementResults.map((r) => [r.elementId, r]))
    const satisfiedBy = dedupe([...assessment.evidence, ...assessment.elementResults.filter((r) => r.status === 'MET' && r.evidence).map((r) => r.evidence!)])
    const gaps: Gap[] =
      obligation.elements.length > 0 && assessment.elementResults.length > 0
        ? obligation.elements
            .filter((e) => results.get(e.id)?.status !== 'MET')
            .map((e) => {
              const result = results.get(e.id)
              return {
                element: { code: e.code, text: e.text },
                status: result ? fromAssessmentStatus(result.status) : 'UNKNOWN',
                note: result?.note ?? (result ? null : 'Element not assessed.'),
                reservableArticle: e.reservableArticle,
                existingReservation: findReservation(e.reservableArticle),
              }
            })
        : status === 'MET'
          ? []
          : [{ element: null, status, note: null, reservableArticle: null, existingReservation: null }]
    return { obligation, assessed: true, status, readiness: readinessOf(gaps), rationale: assessment.rationale, satisfiedBy, gaps }
  })

  const allGaps = obligations.flatMap((o) => o.gaps)
  const totals = { READY: 0, READY_WITH_RESERVATIONS: 0, CHANGES_NEEDED: 0, NOT_ASSESSED: 0 }
  for (const o of obligations) totals[o.readiness] += 1
  return {
    obligations,
    allowedReservations: listAllowedReservations(input.obligations, allGaps, (article) => findReservation(article) !== null),
    totals,
    gapsCoverable: allGaps.filter((g) => g.reservableArticle).length,
    gapsNeedingLegislation: allGaps.filter((g) => !g.reservableArticle).length,
  }
}

function readinessOf(gaps: Gap[]): ObligationReadiness['readiness'] {
  if (gaps.length === 0) return 'READY'
  return gaps.every((g) => g.reservableArticle) ? 'READY_WITH_RESERVATIONS' : 'CHANGES_NEEDED'
}

function listAllowedReservations(obligations: ObligationInput[], gaps: Gap[], alreadyMade: (article: string) => boolean): AllowedReservation[] {
  const byArticle = new Map<string, AllowedReservation>()
  for (const o of obligations) {
    for (const e of o.elements) {
      if (!e.reservableArticle) continue
      const entry = byArticle.get(e.reservableArticle) ?? { article: e.reservableArticle, elements: [], wouldCoverGap: false, alreadyMade: alreadyMade(e.reservableArticle) }
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
  NOT_ASSESSED: 'Not assessed',
}
