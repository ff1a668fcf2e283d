import type { AssessmentStatus, JurisdictionKind, TextKind, VerificationStatus } from '@/lib/generated/prisma/client'
import type { ConsistencyFinding } from '@/lib/domain/age-consistency'
import type { FeatureRow } from '@/lib/domain/definition-features'
import type { DiffSegment } from '@/lib/domain/text-diff'

/**
 * The shapes the compare data functions return. They are plain JSON (dates as ISO strings), so
 * pages render them and GET /api/v1/compare returns them unchanged: one matrix, two views.
 */
export type CompareColumn = {
  /** jurisdiction code, or "instrument:<work uri>" */
  key: string
  kind: 'jurisdiction' | 'instrument'
  code: string
  name: string
  href: string
  jurisdictionKind?: JurisdictionKind
}

export type ProvisionSummary = {
  id: string
  eId: string
  num: string | null
  heading: string | null
  text: string
  excerpt: string
  truncated: boolean
  textKind: TextKind
  citation: string
  /** the provision in the version compared, on the instrument page */
  href: string
  sourceUrl: string | null
  verification: VerificationStatus
  instrument: { uri: string; title: string; shortTitle: string | null }
  version: { expressionUri: string; language: string; validFrom: string | null }
}

export type DefinitionSummary = {
  id: string
  term: string
  text: string
  excerpt: string
  truncated: boolean
  textKind: TextKind
  citation: string
  href: string | null
  sourceUrl: string | null
  verification: VerificationStatus
  language: string | null
}

export type CriterionResultSummary = {
  status: AssessmentStatus
  /** rationale of the assessment (overall row) or the element note */
  text: string | null
  pinpoint: string | null
  verification: VerificationStatus
  provision: { id: string; citation: string; href: string } | null
}

type MatrixCell<T> = { column: string; items: T[] }
export type MatrixRow<T> = {
  key: string
  label: string
  description: string | null
  depth: number
  /** a heading row: a parent topic with nothing recorded at its own level in any column */
  group: boolean
  cells: MatrixCell<T>[]
}

type MatrixBase = {
  title: string
  /** the day "current version" was judged on (YYYY-MM-DD) */
  asOf: string
  columns: CompareColumn[]
  /** requested codes/URIs not found among published records */
  notFound: string[]
  notes: string[]
}

export type TopicMatrix = MatrixBase & {
  by: 'topic'
  topic: { slug: string; name: string } | null
  rows: MatrixRow<ProvisionSummary>[]
}
export type ConceptMatrix = MatrixBase & {
  by: 'concept'
  concept: { slug: string; name: string } | null
  rows: MatrixRow<DefinitionSummary>[]
}
export type CriterionMatrix = MatrixBase & {
  by: 'criterion'
  criterion: {
    ref: string
    code: string
    title: string
    text: string
    standard: { slug: string; name: string }
    articleRef: string | null
  }
  rows: MatrixRow<CriterionResultSummary>[]
}
export type CompareMatrix = TopicMatrix | ConceptMatrix | CriterionMatrix

export type DefinitionColumn = DefinitionSummary & { columnKey: string; columnName: string; featuresInvalid: boolean }
export type DefinitionsMatrix = {
  concept: { slug: string; name: string; description: string | null }
  columns: CompareColumn[]
  /** one entry per definition, grouped by column in column order */
  definitions: DefinitionColumn[]
  /** columns with no definition of the concept */
  gaps: CompareColumn[]
  features: FeatureRow[]
  notFound: string[]
}

export type AgeBenchmarkSummary = {
  id: string
  age: number | null
  conditions: string | null
  citation: string
  href: string | null
  sourceUrl: string | null
  verification: VerificationStatus
  validFrom: string | null
}

export type AgeComparison = {
  asOf: string
  kinds: { code: string; name: string; description: string | null }[]
  jurisdictions: {
    column: CompareColumn
    /** kind code → benchmarks in force */
    benchmarks: Record<string, AgeBenchmarkSummary[]>
    /** kind code → the range set by its states or provinces, where the nation sets no age itself (decision 0308) */
    belowNational: Record<string, { min: number; max: number; units: number; text: string }>
    findings: ConsistencyFinding[]
  }[]
  notFound: string[]
}

export type DiffSide = ProvisionSummary & {
  jurisdiction: { code: string; name: string }
  version: ProvisionSummary['version'] & { validTo: string | null }
}
export type ProvisionDiff = {
  a: DiffSide
  b: DiffSide
  segments: DiffSegment[]
  added: number
  removed: number
  identical: boolean
}
