import type { AssessmentInput, CriterionDef, ElementDef, ProvisionRef, ReservationInput } from './gap-inputs'

/** Small builders shared by the unit tests in this folder (not used by app code). */
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

export function element(overrides: Partial<ElementDef> = {}): ElementDef {
  return {
    id: overrides.code ?? 'e1',
    code: 'e1',
    text: 'An element',
    articleRef: null,
    reservableArticle: null,
    derivationRule: null,
    ...overrides,
  }
}

export function criterion(overrides: Partial<CriterionDef> = {}): CriterionDef {
  return {
    id: overrides.code ?? 'c1',
    code: 'c1',
    title: 'A criterion',
    scoring: 'PASS_FAIL',
    maxScore: null,
    articleRef: null,
    sufficiencyGroup: null,
    elements: [],
    ...overrides,
  }
}

export function provision(overrides: Partial<ProvisionRef> = {}): ProvisionRef {
  return {
    id: 'p1',
    citation: 'Act 1, s. 1',
    instrumentUri: '/akn/xx/act/2000/1',
    eId: 'sec_1',
    validity: { from: null, to: null },
    ...overrides,
  }
}

export function assessment(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    id: 'a1',
    jurisdictionId: 'j1',
    criterionId: 'c1',
    status: 'MET',
    score: null,
    verification: 'VERIFIED',
    assessedOn: null,
    evidence: [],
    elementResults: [],
    ...overrides,
  }
}

export function reservation(overrides: Partial<ReservationInput> = {}): ReservationInput {
  return {
    id: 'r1',
    jurisdictionId: 'j1',
    kind: 'RESERVATION',
    articles: [],
    text: 'Reservation text',
    madeOn: null,
    withdrawnOn: null,
    sourceUrl: null,
    ...overrides,
  }
}
