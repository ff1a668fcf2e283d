import { groupBy } from '../group-by'
import { checkFeatures, describeFeature, type FeatureRequirements } from './feature-requirements'
import {
  bestOf,
  combineAll,
  fromAssessmentStatus,
  requiresChange,
  type AssessmentStatusValue,
  type ConformityStatus,
} from './status'

/**
 * The conformity forecast of a draft: for every clause and participating jurisdiction, whether the
 * jurisdiction's law already meets what the clause asks, judged from LexBridge's assessments
 * (clauses linked to a baseline criterion) and legal definitions (clauses linked to a concept).
 * Pure: the caller loads the rows; see lib/data/drafts/get-draft-workspace.ts.
 */
export type EvidenceRef = { citation: string; href: string | null }
export type ForecastJurisdiction = { id: string; code: string; name: string }

export type ClauseLinkInput =
  | { kind: 'criterion'; criterionId: string; label: string }
  | { kind: 'concept'; conceptId: string; label: string; requiredFeatures: FeatureRequirements }
export type ClauseInput = { id: string; heading: string | null; links: ClauseLinkInput[] }

export type AssessmentInput = {
  jurisdictionId: string
  criterionId: string
  status: AssessmentStatusValue
  rationale: string
  evidence: EvidenceRef[]
}
export type DefinitionInput = {
  jurisdictionId: string
  conceptId: string
  term: string
  features: Record<string, unknown>
  evidence: EvidenceRef
}

type LinkResult = { label: string; status: ConformityStatus; basis: string; evidence: EvidenceRef[] }
type ForecastCell = { jurisdictionId: string; status: ConformityStatus; links: LinkResult[] }
type Totals = Record<ConformityStatus, number>
type ClauseForecast = {
  clauseId: string
  heading: string | null
  linked: boolean
  cells: ForecastCell[]
  totals: Totals
  requiringChange: number
}
type JurisdictionForecast = ForecastJurisdiction & {
  totals: Totals
  clausesRequiringChange: string[]
  clausesUnknown: string[]
}
export type DraftForecast = {
  clauses: ClauseForecast[]
  jurisdictions: JurisdictionForecast[]
  /** "Adopting this draft would require changes in `requiringChange` of `participants` jurisdictions, on `clausesRequiringChange`." */
  summary: {
    participants: number
    linkedClauses: number
    requiringChange: number
    alreadyConforming: number
    undetermined: number
    clausesRequiringChange: string[]
  }
}

const emptyTotals = (): Totals => ({ MET: 0, PARTIAL: 0, NOT_MET: 0, UNKNOWN: 0 })

export function computeDraftForecast(input: {
  clauses: ClauseInput[]
  jurisdictions: ForecastJurisdiction[]
  assessments: AssessmentInput[]
  definitions: DefinitionInput[]
}): DraftForecast {
  const assessments = new Map(input.assessments.map((a) => [`${a.jurisdictionId}|${a.criterionId}`, a]))
  const definitions = groupBy(input.definitions, (d) => `${d.jurisdictionId}|${d.conceptId}`)

  const clauses = input.clauses.map((clause): ClauseForecast => {
    const cells = input.jurisdictions.map((j): ForecastCell => {
      const links = clause.links.map((link) =>
        link.kind === 'criterion'
          ? judgeCriterion(link, assessments.get(`${j.id}|${link.criterionId}`))
          : judgeConcept(link, definitions.get(`${j.id}|${link.conceptId}`) ?? []),
      )
      return { jurisdictionId: j.id, status: combineAll(links.map((l) => l.status)), links }
    })
    const totals = countStatuses(cells.map((c) => c.status))
    return {
      clauseId: clause.id,
      heading: clause.heading,
      linked: clause.links.length > 0,
      cells,
      totals,
      requiringChange: totals.PARTIAL + totals.NOT_MET,
    }
  })

  const linked = clauses.filter((c) => c.linked)
  const jurisdictions = input.jurisdictions.map((j, index): JurisdictionForecast => {
    const statuses = linked.map((c) => ({ clauseId: c.clauseId, status: c.cells[index].status }))
    return {
      ...j,
      totals: countStatuses(statuses.map((s) => s.status)),
      clausesRequiringChange: statuses.filter((s) => requiresChange(s.status)).map((s) => s.clauseId),
      clausesUnknown: statuses.filter((s) => s.status === 'UNKNOWN').map((s) => s.clauseId),
    }
  })

  return {
    clauses,
    jurisdictions,
    summary: {
      participants: jurisdictions.length,
      linkedClauses: linked.length,
      requiringChange: jurisdictions.filter((j) => j.clausesRequiringChange.length > 0).length,
      alreadyConforming: linked.length === 0 ? 0 : jurisdictions.filter((j) => j.totals.MET === linked.length).length,
      undetermined: jurisdictions.filter((j) => j.clausesRequiringChange.length === 0 && j.clausesUnknown.length > 0)
        .length,
      clausesRequiringChange: linked.filter((c) => c.requiringChange > 0).map((c) => c.clauseId),
    },
  }
}

function judgeCriterion(
  link: Extract<ClauseLinkInput, { kind: 'criterion' }>,
  assessment: AssessmentInput | undefined,
): LinkResult {
  if (!assessment)
    return { label: link.label, status: 'UNKNOWN', basis: 'Not yet assessed by LexBridge.', evidence: [] }
  const status = fromAssessmentStatus(assessment.status)
  const reserved = assessment.status === 'RESERVED' ? 'Relies on a reservation. ' : ''
  return {
    label: link.label,
    status,
    basis: `${reserved}${assessment.rationale}`.trim(),
    evidence: assessment.evidence,
  }
}

function judgeConcept(link: Extract<ClauseLinkInput, { kind: 'concept' }>, definitions: DefinitionInput[]): LinkResult {
  if (definitions.length === 0)
    return {
      label: link.label,
      status: 'UNKNOWN',
      basis: 'No legal definition of this concept is recorded.',
      evidence: [],
    }
  const judged = definitions.map((d) => ({ definition: d, ...checkFeatures(link.requiredFeatures, d.features) }))
  const status = bestOf(judged.map((j) => j.status))
  const best = judged.filter((j) => j.status === status)
  const basis = best.map(({ definition, checks }) => {
    const fails = checks.filter((c) => c.status === 'fail').map((c) => describeFeature(c.feature))
    const unknown = checks.filter((c) => c.status === 'unknown').map((c) => describeFeature(c.feature))
    const parts = [
      fails.length ? `does not meet: ${fails.join(', ')}` : '',
      unknown.length ? `not recorded: ${unknown.join(', ')}` : '',
    ].filter(Boolean)
    return `“${definition.term}”${parts.length ? ` — ${parts.join('; ')}` : checks.length ? ' — meets every required feature' : ' — defined'}`
  })
  return { label: link.label, status, basis: `${basis.join('. ')}.`, evidence: best.map((b) => b.definition.evidence) }
}

function countStatuses(statuses: ConformityStatus[]): Totals {
  const totals = emptyTotals()
  for (const s of statuses) totals[s] += 1
  return totals
}
