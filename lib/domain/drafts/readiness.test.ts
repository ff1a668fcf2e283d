import { describe, expect, it } from 'vitest'
import { computeReadiness, type ObligationInput, type ReadinessAssessmentInput } from './readiness'

const produce: ObligationInput = {
  id: 'k-20-1-a',
  code: '20(1)(a)',
  title: 'Producing child pornography',
  articleRef: 'art. 20(1)(a)',
  standard: 'Lanzarote art. 20',
  elements: [
    { id: 'e-real', code: 'real-child', text: 'Real children', reservableArticle: null },
    { id: 'e-virtual', code: 'virtual', text: 'Simulated representations', reservableArticle: '20(3)' },
  ],
}
const possess: ObligationInput = { id: 'k-20-1-e', code: '20(1)(e)', title: 'Possessing', articleRef: null, standard: 'Lanzarote art. 20', elements: [] }
const grooming: ObligationInput = { id: 'k-23', code: '23', title: 'Grooming', articleRef: null, standard: 'Lanzarote art. 23', elements: [] }
const ref = (citation: string) => ({ citation, href: null })

describe('computeReadiness', () => {
  const assessments: ReadinessAssessmentInput[] = [
    {
      criterionId: produce.id,
      status: 'PARTIAL',
      rationale: 'Virtual material is not covered.',
      evidence: [ref('Act s. 1')],
      elementResults: [
        { elementId: 'e-real', status: 'MET', evidence: ref('Act s. 2'), note: null },
        { elementId: 'e-virtual', status: 'NOT_MET', evidence: null, note: 'Only photographs.' },
      ],
    },
    { criterionId: possess.id, status: 'NOT_MET', rationale: 'Possession alone is not an offence.', evidence: [], elementResults: [] },
  ]

  it('lists satisfying provisions, gaps and the reservation that would cover each gap', () => {
    const result = computeReadiness({ obligations: [produce, possess, grooming], assessments, reservations: [] })
    const [p, q, g] = result.obligations
    expect(p).toMatchObject({ readiness: 'READY_WITH_RESERVATIONS', status: 'PARTIAL', satisfiedBy: [ref('Act s. 1'), ref('Act s. 2')] })
    expect(p.gaps).toEqual([{ element: { code: 'virtual', text: 'Simulated representations' }, status: 'NOT_MET', note: 'Only photographs.', reservableArticle: '20(3)', existingReservation: null }])
    expect(q).toMatchObject({ readiness: 'CHANGES_NEEDED', gaps: [{ element: null, reservableArticle: null }] })
    expect(g).toMatchObject({ readiness: 'NOT_ASSESSED', assessed: false, gaps: [] })
    expect(result.totals).toEqual({ READY: 0, READY_WITH_RESERVATIONS: 1, CHANGES_NEEDED: 1, NOT_ASSESSED: 1 })
    expect(result).toMatchObject({ gapsCoverable: 1, gapsNeedingLegislation: 1 })
    expect(result.allowedReservations).toEqual([{ article: '20(3)', elements: [{ obligation: '20(1)(a)', code: 'virtual', text: 'Simulated representations' }], wouldCoverGap: true, alreadyMade: false }])
  })

  it('notes a reservation the jurisdiction has already made, ignoring withdrawn ones', () => {
    const made = computeReadiness({ obligations: [produce], assessments, reservations: [{ kind: 'RESERVATION', articles: ['20(3)'], text: 'Reserves 20(3).', withdrawn: false }] })
    expect(made.obligations[0].gaps[0].existingReservation?.text).toBe('Reserves 20(3).')
    expect(made.allowedReservations[0].alreadyMade).toBe(true)
    const withdrawn = computeReadiness({ obligations: [produce], assessments, reservations: [{ kind: 'RESERVATION', articles: ['art. 20'], text: 'Old.', withdrawn: true }] })
    expect(withdrawn.obligations[0].gaps[0].existingReservation).toBeNull()
  })

  it('treats an unassessed element as a gap, never as met', () => {
    const partial: ReadinessAssessmentInput = { ...assessments[0], status: 'MET', elementResults: [{ elementId: 'e-real', status: 'MET', evidence: null, note: null }] }
    const result = computeReadiness({ obligations: [produce], assessments: [partial], reservations: [] })
    expect(result.obligations[0].gaps).toMatchObject([{ element: { code: 'virtual' }, status: 'UNKNOWN', note: 'Element not assessed.' }])
  })

  it('is ready when the assessment says met and no element is missing', () => {
    const met: ReadinessAssessmentInput = { criterionId: possess.id, status: 'MET', rationale: 'Yes.', evidence: [ref('Act s. 9')], elementResults: [] }
    expect(computeReadiness({ obligations: [possess], assessments: [met], reservations: [] }).obligations[0]).toMatchObject({ readiness: 'READY', gaps: [] })
  })
})
