import { describe, expect, it } from 'vitest'
import { computeReadiness, type ObligationInput, type ReadinessResultInput } from './readiness'

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
const possess: ObligationInput = {
  id: 'k-20-1-e',
  code: '20(1)(e)',
  title: 'Possessing',
  articleRef: null,
  standard: 'Lanzarote art. 20',
  elements: [],
}
const grooming: ObligationInput = {
  id: 'k-23',
  code: '23',
  title: 'Grooming',
  articleRef: null,
  standard: 'Lanzarote art. 23',
  elements: [],
}
const ref = (citation: string) => ({ citation, href: null })

describe('computeReadiness', () => {
  const results: ReadinessResultInput[] = [
    {
      criterionId: produce.id,
      status: 'PARTIAL',
      explanation: 'Virtual material is not covered.',
      evidence: [ref('Act s. 1')],
      elements: [
        { elementId: 'e-real', status: 'MET', evidence: ref('Act s. 2'), note: null, reservation: null },
        { elementId: 'e-virtual', status: 'NOT_MET', evidence: null, note: 'Only photographs.', reservation: null },
      ],
    },
    {
      criterionId: possess.id,
      status: 'NOT_MET',
      explanation: 'Possession alone is not an offence.',
      evidence: [],
      elements: [],
    },
  ]

  it('lists satisfying provisions, gaps and the reservation that would cover each gap', () => {
    const result = computeReadiness({ obligations: [produce, possess, grooming], results, reservations: [] })
    const [p, q, g] = result.obligations
    expect(p).toMatchObject({
      readiness: 'READY_WITH_RESERVATIONS',
      status: 'PARTIAL',
      satisfiedBy: [ref('Act s. 1'), ref('Act s. 2')],
    })
    expect(p.gaps).toEqual([
      {
        element: { code: 'virtual', text: 'Simulated representations' },
        status: 'NOT_MET',
        note: 'Only photographs.',
        reservableArticle: '20(3)',
        existingReservation: null,
      },
    ])
    expect(q).toMatchObject({ readiness: 'CHANGES_NEEDED', gaps: [{ element: null, reservableArticle: null }] })
    expect(g).toMatchObject({ readiness: 'NOT_ASSESSED', assessed: false, gaps: [] })
    expect(result.totals).toEqual({ READY: 0, READY_WITH_RESERVATIONS: 1, CHANGES_NEEDED: 1, NOT_ASSESSED: 1 })
    expect(result).toMatchObject({ gapsCoverable: 1, gapsNeedingLegislation: 1 })
    expect(result.allowedReservations).toEqual([
      {
        article: '20(3)',
        elements: [{ obligation: '20(1)(a)', code: 'virtual', text: 'Simulated representations' }],
        wouldCoverGap: true,
        alreadyMade: false,
      },
    ])
  })

  it('notes a reservation the jurisdiction has already made, ignoring withdrawn ones', () => {
    const made = computeReadiness({
      obligations: [produce],
      results,
      reservations: [{ kind: 'RESERVATION', articles: ['20(3)'], text: 'Reserves 20(3).', withdrawn: false }],
    })
    expect(made.obligations[0].gaps[0].existingReservation?.text).toBe('Reserves 20(3).')
    expect(made.allowedReservations[0].alreadyMade).toBe(true)
    const withdrawn = computeReadiness({
      obligations: [produce],
      results,
      reservations: [{ kind: 'RESERVATION', articles: ['art. 20'], text: 'Old.', withdrawn: true }],
    })
    expect(withdrawn.obligations[0].gaps[0].existingReservation).toBeNull()
  })

  it('lists an unassessed element as not assessed: neither a gap nor met', () => {
    const partial: ReadinessResultInput = {
      ...results[0],
      status: 'MET',
      elements: [{ elementId: 'e-real', status: 'MET', evidence: null, note: null, reservation: null }],
    }
    const [o] = computeReadiness({ obligations: [produce], results: [partial], reservations: [] }).obligations
    expect(o).toMatchObject({ readiness: 'READY', gaps: [], notAssessed: [{ code: 'virtual' }] })
  })

  it('counts obligations in its totals the way the list shows them (one obligation with five gaps is one)', () => {
    const five: ObligationInput = {
      ...grooming,
      elements: ['a', 'b', 'c', 'd', 'e'].map((c) => ({ id: c, code: c, text: c, reservableArticle: null })),
    }
    const notMet: ReadinessResultInput = {
      criterionId: five.id,
      status: 'NOT_MET',
      explanation: null,
      evidence: [],
      elements: five.elements.map((e) => ({
        elementId: e.id,
        status: 'NOT_MET',
        evidence: null,
        note: null,
        reservation: null,
      })),
    }
    const r = computeReadiness({ obligations: [five], results: [notMet], reservations: [] })
    expect(r.totals.CHANGES_NEEDED).toBe(1)
    expect(r.obligations.filter((o) => o.readiness === 'CHANGES_NEEDED')).toHaveLength(1)
    expect(r.gapsNeedingLegislation).toBe(5)
  })

  it('an obligation the matrix rates reserved is satisfied with reservations, its reserved elements covered', () => {
    const reserved: ReadinessResultInput = {
      ...results[0],
      status: 'RESERVED',
      elements: [
        { elementId: 'e-real', status: 'MET', evidence: null, note: null, reservation: null },
        {
          elementId: 'e-virtual',
          status: 'RESERVED',
          evidence: null,
          note: null,
          reservation: { kind: 'RESERVATION', articles: ['20(3)'], text: 'Reserved.' },
        },
      ],
    }
    const [o] = computeReadiness({ obligations: [produce], results: [reserved], reservations: [] }).obligations
    expect(o).toMatchObject({
      readiness: 'READY_WITH_RESERVATIONS',
      gaps: [{ element: { code: 'virtual' }, existingReservation: { text: 'Reserved.' } }],
    })
  })

  it('is ready when the assessment says met and no element is missing', () => {
    const met: ReadinessResultInput = {
      criterionId: possess.id,
      status: 'MET',
      explanation: 'Yes.',
      evidence: [ref('Act s. 9')],
      elements: [],
    }
    expect(computeReadiness({ obligations: [possess], results: [met], reservations: [] }).obligations[0]).toMatchObject(
      { readiness: 'READY', gaps: [] },
    )
  })
})
