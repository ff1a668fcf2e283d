/**
 * Plain data shapes for the gap analysis. lib/data loads rows into these; the pure functions in
 * this folder turn them into a matrix. No Prisma types here, so the rules are testable alone.
 */
const statuses = ['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN'] as const
export type Status = (typeof statuses)[number]

/** When a provision (or a record resting on one) had legal effect: [from, to), null = open. */
export type Validity = { from: Date | null; to: Date | null }

export type ProvisionRef = {
  id: string
  citation: string
  instrumentUri: string
  eId: string
  validity: Validity
}

export type ElementDef = {
  id: string
  code: string
  text: string
  articleRef: string | null
  reservableArticle: string | null
  derivationRule: string | null
}

export type CriterionDef = {
  id: string
  code: string
  title: string
  scoring: 'PASS_FAIL' | 'SCORE'
  maxScore: number | null
  articleRef: string | null
  sufficiencyGroup: string | null
  elements: ElementDef[]
}

export type EvidenceInput = { provision: ProvisionRef; pinpoint: string | null; note: string | null }

export type ElementResultInput = {
  elementId: string
  status: Status
  provision: ProvisionRef | null
  pinpoint: string | null
  note: string | null
}

export type AssessmentInput = {
  id: string
  jurisdictionId: string
  criterionId: string
  status: Status
  score: number | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW'
  assessedOn: Date | null
  evidence: EvidenceInput[]
  elementResults: ElementResultInput[]
}

type ReservationKind = 'RESERVATION' | 'DECLARATION' | 'INTERPRETATIVE_DECLARATION' | 'NOTIFICATION'
export type ReservationInput = {
  id: string
  jurisdictionId: string
  kind: ReservationKind
  articles: string[]
  text: string
  madeOn: Date | null
  withdrawnOn: Date | null
  sourceUrl: string | null
}

export type TreatyActionType =
  'SIGNATURE' | 'RATIFICATION' | 'ACCESSION' | 'ACCEPTANCE' | 'APPROVAL' | 'SUCCESSION' | 'DENUNCIATION'
export type TreatyActionInput = {
  jurisdictionId: string
  action: TreatyActionType
  date: Date | null
  precision: 'DAY' | 'MONTH' | 'YEAR'
}

/** Facts already recorded elsewhere that derivation rules read (see derivation.ts). */
export type DerivationFacts = {
  /** Age limits of the CSAM definitions and of `csam-age-limit` age benchmarks. */
  csamAgeLimits: { age: number; citation: string; validity: Validity }[]
  /** `virtualOrGenerated` feature of each CSAM definition that records it. */
  csamVirtual: { covered: boolean; citation: string; validity: Validity }[]
  /** The curated ICMEC criterion 4 ("simple possession") assessment, when there is one. */
  possession: { status: Status; citations: string[]; validity: Validity[] } | null
}

export const emptyFacts: DerivationFacts = { csamAgeLimits: [], csamVirtual: [], possession: null }

export type JurisdictionRow = {
  id: string
  code: string
  name: string
  kind: string
  regionName: string | null
}

export type GapInput = {
  criteria: CriterionDef[]
  jurisdictions: JurisdictionRow[]
  assessments: AssessmentInput[]
  reservations: ReservationInput[]
  treatyActions: TreatyActionInput[]
  facts: Map<string, DerivationFacts>
}
