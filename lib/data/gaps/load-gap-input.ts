import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { AssessmentInput, CriterionDef, ElementResultInput, EvidenceInput, ReservationInput, Status, TreatyActionInput } from '@/lib/domain/gaps/types'
import { loadDerivationFacts } from './load-derivation-facts'
import { jurisdictionFilter, provisionColumns, publishedProvisionJoin, toDate, toProvisionRef, type ProvisionColumns } from './provision-sql'

type AssessmentRow = { id: string; jurisdictionId: string; criterionId: string; status: Status; score: number | null; verification: 'VERIFIED' | 'NEEDS_REVIEW'; assessedOn: Date | null }
type EvidenceRow = ProvisionColumns & { assessmentId: string; pinpoint: string | null; note: string | null }
type ResultRow = ProvisionColumns & { assessmentId: string; elementId: string; status: Status; pinpoint: string | null; note: string | null }

/**
 * Everything the matrix needs for one standard, in a fixed number of set-based queries (no N+1):
 * assessments, their evidence and element results (with the dates their provisions applied),
 * the treaty's reservations and actions, and the facts derivation rules read.
 * `jurisdictionIds` null = every jurisdiction.
 */
export async function loadGapInput(standard: { id: string; instrumentId: string | null; criteria: CriterionDef[] }, jurisdictionIds: string[] | null) {
  const assessmentScope = Prisma.sql`
    FROM "Assessment" a
    JOIN "Criterion" c ON c.id = a."criterionId" AND c."publicationState" = 'PUBLISHED' AND c."deletedAt" IS NULL
    WHERE c."standardId" = ${standard.id} AND a."publicationState" = 'PUBLISHED' AND a."deletedAt" IS NULL
    ${jurisdictionFilter('a."jurisdictionId"', jurisdictionIds)}`
  const needsFacts = standard.criteria.some((c) => c.elements.some((e) => e.derivationRule))
  const treatyWhere = standard.instrumentId
    ? { treatyId: standard.instrumentId, publicationState: 'PUBLISHED' as const, deletedAt: null, ...(jurisdictionIds ? { jurisdictionId: { in: jurisdictionIds } } : {}) }
    : null

  const [assessments, evidence, results, reservations, actions, facts] = await Promise.all([
    db.$queryRaw<AssessmentRow[]>`
      SELECT a.id, a."jurisdictionId", a."criterionId", a.status::text AS status, a.score, a.verification::text AS verification, a."assessedOn"
      ${assessmentScope}`,
    db.$queryRaw<EvidenceRow[]>`
      SELECT e."assessmentId", e.pinpoint, e.note, ${provisionColumns('p')}
      FROM "AssessmentEvidence" e
      JOIN (SELECT a.id ${assessmentScope}) sa ON sa.id = e."assessmentId"
      ${publishedProvisionJoin('p', Prisma.sql`p.id = e."provisionId"`)}
      ORDER BY e."assessmentId", p.citation`,
    db.$queryRaw<ResultRow[]>`
      SELECT r."assessmentId", r."elementId", r.status::text AS status, r.pinpoint, r.note, ${provisionColumns('p')}
      FROM "AssessmentElementResult" r
      JOIN (SELECT a.id ${assessmentScope}) sa ON sa.id = r."assessmentId"
      ${publishedProvisionJoin('p', Prisma.sql`p.id = r."provisionId"`)}`,
    treatyWhere
      ? db.reservation.findMany({ where: treatyWhere, orderBy: [{ madeOn: 'asc' }], select: { id: true, jurisdictionId: true, kind: true, articles: true, text: true, madeOn: true, withdrawnOn: true, sourceUrl: true } })
      : Promise.resolve([] as ReservationInput[]),
    treatyWhere
      ? db.treatyAction.findMany({ where: treatyWhere, select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true } })
      : Promise.resolve([]),
    needsFacts ? loadDerivationFacts(jurisdictionIds) : Promise.resolve(new Map()),
  ])

  const evidenceBy = new Map<string, EvidenceInput[]>()
  for (const row of evidence) {
    const provision = toProvisionRef(row)
    if (!provision) continue // evidence whose provision is unpublished is not shown or counted
    const list = evidenceBy.get(row.assessmentId) ?? []
    list.push({ provision, pinpoint: row.pinpoint, note: row.note })
    evidenceBy.set(row.assessmentId, list)
  }
  const resultsBy = new Map<string, ElementResultInput[]>()
  for (const row of results) {
    const list = resultsBy.get(row.assessmentId) ?? []
    list.push({ elementId: row.elementId, status: row.status, provision: toProvisionRef(row), pinpoint: row.pinpoint, note: row.note })
    resultsBy.set(row.assessmentId, list)
  }
  return {
    assessments: assessments.map<AssessmentInput>((a) => ({
      ...a,
      score: a.score === null ? null : Number(a.score),
      assessedOn: toDate(a.assessedOn),
      evidence: evidenceBy.get(a.id) ?? [],
      elementResults: resultsBy.get(a.id) ?? [],
    })),
    reservations: reservations as ReservationInput[],
    treatyActions: actions.map<TreatyActionInput>((a) => ({ jurisdictionId: a.jurisdictionId, action: a.action, date: a.actionDate, precision: a.datePrecision })),
    facts,
  }
}
