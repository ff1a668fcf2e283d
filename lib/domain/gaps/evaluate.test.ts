import { describe, expect, it } from 'vitest'
import { evaluateCell } from './evaluate-cell'
import { evaluateMatrix } from './evaluate-matrix'
import { assessment, criterion, d, element, provision, reservation } from './test-builders'
import { emptyFacts, type GapInput } from './gap-inputs'

const age = element({ id: 'age', code: 'age-18', derivationRule: 'csam-age-18' })
const virtual = element({
  id: 'virtual',
  code: 'virtual',
  articleRef: 'Lanzarote Convention, art. 20(1)(a) and 20(3)',
  reservableArticle: '20(3)',
  derivationRule: 'csam-virtual',
})
const real = element({ id: 'real', code: 'real-child', articleRef: 'Lanzarote Convention, art. 20(1)(a)' })
const c201a = criterion({ id: 'c', code: '20(1)(a)', elements: [real, virtual] })
const ctx = (overrides = {}) => ({
  date: d('2024-01-01'),
  facts: undefined,
  reservations: [],
  consentedOn: null,
  ...overrides,
})

describe('one cell', () => {
  it('keeps the curated status when nothing changes on the date', () => {
    const a = assessment({
      criterionId: 'c',
      status: 'PARTIAL',
      elementResults: [{ elementId: 'real', status: 'MET', provision: provision(), pinpoint: null, note: null }],
    })
    const cell = evaluateCell(c201a, a, ctx())
    expect(cell).toMatchObject({ status: 'PARTIAL', source: 'curated', points: { earned: 0.5, possible: 1 } })
  })

  it('turns a shortfall covered by a reservation in effect into "reserved", not a gap', () => {
    const a = assessment({
      criterionId: 'c',
      status: 'PARTIAL',
      elementResults: [
        { elementId: 'real', status: 'MET', provision: provision(), pinpoint: null, note: null },
        { elementId: 'virtual', status: 'NOT_MET', provision: null, pinpoint: null, note: null },
      ],
    })
    const dk = reservation({ articles: ['20(3)', '20(1)(a)', '20(1)(e)'], madeOn: d('2009-11-18') })
    const after = evaluateCell(c201a, a, ctx({ reservations: [dk] }))
    expect(after.elements[1]).toMatchObject({ status: 'RESERVED', source: 'reservation', reservation: { id: 'r1' } })
    expect(after).toMatchObject({ status: 'RESERVED', source: 'elements', points: { possible: 0 } })
    // Before the reservation was made, the same law had a gap.
    const before = evaluateCell(c201a, a, ctx({ date: d('2009-01-01'), reservations: [dk] }))
    expect(before.elements[1].status).toBe('NOT_MET')
    expect(before.status).toBe('PARTIAL')
  })

  it('leaves an element the law meets as "met" even under a reservation', () => {
    const a = assessment({
      criterionId: 'c',
      elementResults: [{ elementId: 'virtual', status: 'MET', provision: provision(), pinpoint: null, note: null }],
    })
    const cell = evaluateCell(c201a, a, ctx({ reservations: [reservation({ articles: ['20(3)'] })] }))
    expect(cell.elements[1]).toMatchObject({ status: 'MET', source: 'curated', reservation: { id: 'r1' } })
  })

  it('treats a provision not yet in force on the date as not meeting the element', () => {
    const late = provision({ citation: 'Act 2010, s. 62', validity: { from: d('2010-04-06'), to: null } })
    const a = assessment({
      criterionId: 'c',
      status: 'MET',
      elementResults: [{ elementId: 'real', status: 'MET', provision: late, pinpoint: null, note: null }],
    })
    const cell = evaluateCell(c201a, a, ctx({ date: d('2009-01-01') }))
    expect(cell.elements[0]).toMatchObject({
      status: 'NOT_MET',
      dateNote: 'Act 2010, s. 62 is in force only from 2010-04-06.',
    })
    expect(cell).toMatchObject({ status: 'NOT_MET', source: 'elements' })
    expect(evaluateCell(c201a, a, ctx()).status).toBe('MET')
  })

  it('downgrades a criterion-level assessment whose evidence was not in force', () => {
    const plain = criterion({ id: 'p', code: '1' })
    const a = assessment({
      criterionId: 'p',
      status: 'MET',
      evidence: [
        { provision: provision({ validity: { from: d('2015-01-01'), to: null } }), pinpoint: null, note: null },
      ],
    })
    expect(evaluateCell(plain, a, ctx({ date: d('2014-12-31') }))).toMatchObject({
      status: 'NOT_MET',
      source: 'curated',
    })
    expect(evaluateCell(plain, a, ctx({ date: d('2015-01-01') }))).toMatchObject({ status: 'MET', source: 'curated' })
  })

  it('derives elements where nothing is curated and flags a curated result the rule contradicts', () => {
    const c93 = criterion({ id: 'c93', code: '9(3)', elements: [age] })
    const facts = {
      ...emptyFacts,
      csamAgeLimits: [{ age: 16, citation: 'Code, art. 1', validity: { from: null, to: null } }],
    }
    const derivedOnly = evaluateCell(c93, undefined, ctx({ facts }))
    expect(derivedOnly).toMatchObject({ status: 'NOT_MET', source: 'elements', hasDerived: true })
    expect(derivedOnly.elements[0]).toMatchObject({ source: 'derived', derived: { status: 'NOT_MET' } })
    const curated = assessment({
      criterionId: 'c93',
      status: 'MET',
      elementResults: [{ elementId: 'age', status: 'MET', provision: null, pinpoint: null, note: null }],
    })
    const conflicting = evaluateCell(c93, curated, ctx({ facts }))
    expect(conflicting).toMatchObject({ status: 'MET', source: 'curated', conflict: true })
    expect(conflicting.elements[0]).toMatchObject({ status: 'MET', source: 'curated', conflict: true })
  })

  it('never scores a rubric from one derived element while the rest is unknown (no "8.3 %")', () => {
    const rubric = criterion({
      id: 's',
      code: '4.4.2',
      scoring: 'SCORE',
      maxScore: 2,
      elements: [element({ id: 'x', code: 'x' }), element({ id: 'y', code: 'y', derivationRule: 'csam-virtual' })],
    })
    const facts = { ...emptyFacts, csamVirtual: [{ covered: true, citation: 'c', validity: { from: null, to: null } }] }
    const cell = evaluateCell(rubric, undefined, ctx({ facts }))
    expect(cell).toMatchObject({
      status: 'UNKNOWN',
      score: null,
      points: { earned: 0, possible: 0 },
      assessedElements: 1,
    })
  })

  it('scores a rubric over its assessed elements once its status is known', () => {
    const rubric = criterion({
      id: 's',
      code: '4.4.2',
      scoring: 'SCORE',
      maxScore: 3,
      elements: [
        element({ id: 'x', code: 'x' }),
        element({ id: 'y', code: 'y', derivationRule: 'csam-virtual' }),
        element({ id: 'z', code: 'z' }),
      ],
    })
    const facts = {
      ...emptyFacts,
      csamVirtual: [{ covered: false, citation: 'c', validity: { from: null, to: null } }],
    }
    const cell = evaluateCell(rubric, undefined, ctx({ facts }))
    // One element known (derived, not met), two unknown: a known shortfall, scored 0 of the 1 element assessed.
    expect(cell).toMatchObject({
      status: 'NOT_MET',
      score: 0,
      maxScore: 1,
      assessedElements: 1,
      points: { earned: 0, possible: 1 },
    })
  })
  it('scores a curated rubric out of its assessed elements: an unknown element is never a 0', () => {
    const rubric = criterion({
      id: 's',
      code: '4.4.2',
      scoring: 'SCORE',
      maxScore: 4,
      elements: ['a', 'b', 'c', 'd'].map((id) => element({ id, code: id })),
    })
    const result = (elementId: string, status: 'MET' | 'NOT_MET') => ({
      elementId,
      status,
      provision: provision(),
      pinpoint: null,
      note: null,
    })
    const a = assessment({
      criterionId: 's',
      status: 'PARTIAL',
      score: 2,
      elementResults: [result('a', 'MET'), result('b', 'MET'), result('c', 'NOT_MET')],
    })
    const cell = evaluateCell(rubric, a, ctx())
    expect(cell).toMatchObject({ status: 'PARTIAL', source: 'curated', score: 2, maxScore: 3, assessedElements: 3 })
    expect(cell.points.earned).toBeCloseTo(2 / 3)
    // Without element results the curated score stands over the rubric's whole scale.
    const whole = evaluateCell(rubric, assessment({ criterionId: 's', status: 'PARTIAL', score: 2 }), ctx())
    expect(whole).toMatchObject({ score: 2, maxScore: 4, points: { earned: 0.5, possible: 1 } })
  })
})

describe('the matrix', () => {
  const criteria = [
    criterion({ id: 'c1', code: '1', sufficiencyGroup: 'sufficient' }),
    criterion({ id: 'c2', code: '2', sufficiencyGroup: 'sufficient' }),
  ]
  const input: GapInput = {
    criteria,
    jurisdictions: [
      { id: 'ja', code: 'AA', name: 'Aland', kind: 'STATE', regionName: null },
      { id: 'jb', code: 'BB', name: 'Borduria', kind: 'STATE', regionName: null },
      { id: 'jc', code: 'CC', name: 'Carpathia', kind: 'STATE', regionName: null },
    ],
    assessments: [
      assessment({ id: '1', jurisdictionId: 'ja', criterionId: 'c1', status: 'NOT_MET' }),
      assessment({ id: '2', jurisdictionId: 'jb', criterionId: 'c1', status: 'MET' }),
      assessment({
        id: '3',
        jurisdictionId: 'jb',
        criterionId: 'c2',
        status: 'MET',
        evidence: [
          { provision: provision({ validity: { from: d('2012-01-01'), to: null } }), pinpoint: null, note: null },
        ],
      }),
    ],
    reservations: [],
    treatyActions: [{ jurisdictionId: 'jb', action: 'RATIFICATION', date: d('2010-06-01'), precision: 'DAY' }],
    facts: new Map(),
  }

  it('totals, sorts and leaves out jurisdictions with nothing recorded', () => {
    const m = evaluateMatrix(input, {
      asOf: { mode: 'date', date: d('2024-01-01') },
      hasTreaty: true,
      includeEmpty: false,
      sort: 'score',
    })
    expect(m.rows.map((r) => r.jurisdiction.code)).toEqual(['BB', 'AA'])
    expect(m.rows[0]).toMatchObject({
      totals: { percent: 100 },
      sufficiency: [{ verdict: 'yes' }],
      treaty: { status: 'party' },
    })
    expect(m.rows[1].sufficiency[0].verdict).toBe('no')
    expect(m.criterionTotals[0].counts).toMatchObject({ MET: 1, NOT_MET: 1 })
    const all = evaluateMatrix(input, {
      asOf: { mode: 'date', date: d('2024-01-01') },
      hasTreaty: true,
      includeEmpty: true,
      sort: 'name',
    })
    expect(all.rows.map((r) => r.jurisdiction.code)).toEqual(['AA', 'BB', 'CC'])
  })

  it('evaluates each party on its own ratification date', () => {
    const m = evaluateMatrix(input, {
      asOf: { mode: 'consent', fallback: d('2024-01-01') },
      hasTreaty: true,
      includeEmpty: true,
      sort: 'name',
    })
    expect(m.excludedWithoutConsent).toBe(2)
    expect(m.rows).toHaveLength(1)
    expect(m.rows[0]).toMatchObject({ date: d('2010-06-01'), totals: { percent: 50 } })
    expect(m.rows[0].cells[1]).toMatchObject({
      status: 'NOT_MET',
      dateNote: 'None of the provisions relied on was in force on 2010-06-01.',
    })
  })
})
