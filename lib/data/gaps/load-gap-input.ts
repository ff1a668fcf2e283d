import { rowsOf, type Db } from '@/lib/db/prisma'
import { Prisma } from '@/lib/generated/prisma/client'
import { groupBy } from '@/lib/domain/group-by'
import type {
  AssessmentInput,
  ElementResultInput,
  EvidenceInput,
  ProvisionRef,
  ReservationInput,
  Status,
  TreatyActionInput,
} from '@/lib/domain/gaps/gap-inputs'
import { loadDerivationFacts } from './load-derivation-facts'
import {
  jurisdictionFilter,
  provisionColumns,
  publishedProvisionJoin,
  toDate,
  toProvisionRef,
  type ProvisionColumns,
} from './provision-sql'

// Rows as arrays, in SELECT order (rowsOf): DATE as 'YYYY-MM-DD', NUMERIC as a string.
type AssessmentRow = [
  id: string,
  jurisdictionId: string,
  criterionId: string,
  status: Status,
  score: string | null,
  verification: 'VERIFIED' | 'NEEDS_REVIEW',
  assessedOn: string | null,
]
type ResultRow = [
  assessmentId: string,
  elementId: string,
  status: Status,
  provisionId: string | null,
  pinpoint: string | null,
  note: string | null,
]
type EvidenceRow = [assessmentId: string, provisionId: string, pinpoint: string | null, note: string | null]
type ProvisionRow = [
  provisionId: string | null,
  citation: string | null,
  eId: string | null,
  instrumentUri: string | null,
  validFrom: string | null,
  validTo: string | null,
]

export type LoadedGapInput = Awaited<ReturnType<typeof loadGapInput>>

/** What loadGapInput needs to know of the standard; `needsFacts`: some element has a derivation rule. */
export type GapInputKey = { id: string; instrumentId: string | null; needsFacts: boolean }

/** The standard's key by slug (published only), or null: one small query, so the full read of the standard can run beside the load. */
export async function findGapInputKey(db: Db, slug: string): Promise<GapInputKey | null> {
  const rows = await rowsOf<[string, string | null, boolean]>(
    db,
    Prisma.sql`SELECT s.id, s."instrumentId", EXISTS (
        SELECT 1 FROM "Criterion" c JOIN "CriterionElement" e ON e."criterionId" = c.id
        WHERE c."standardId" = s.id AND e."derivationRule" IS NOT NULL)
      FROM "BaselineStandard" s WHERE s.slug = ${slug} AND s."publicationState" = 'PUBLISHED' AND s."deletedAt" IS NULL`,
  )
  return rows.length ? { id: rows[0][0], instrumentId: rows[0][1], needsFacts: rows[0][2] } : null
}

/**
 * Everything the matrix needs for one standard, in a fixed number of set-based queries (no N+1):
 * the assessments, their element results and their evidence as three flat row sets, each
 * referenced provision once (with the dates it applied), the treaty's reservations and actions,
 * and the facts derivation rules read. The three bulk sets (7,500 + 22,500 + 7,500 rows for
 * 250 × 30 × 3) are read as arrays straight from pg: Prisma's row mapping cost more than the
 * queries (decision 0304). `jurisdictionIds` null = every jurisdiction.
 */
export async function loadGapInput(db: Db, standard: GapInputKey, jurisdictionIds: string[] | null) {
  const scope = Prisma.sql`
    FROM "Assessment" a
    JOIN "Criterion" c ON c.id = a."criterionId" AND c."publicationState" = 'PUBLISHED' AND c."deletedAt" IS NULL
    WHERE c."standardId" = ${standard.id} AND a."publicationState" = 'PUBLISHED' AND a."deletedAt" IS NULL
    ${jurisdictionFilter('a."jurisdictionId"', jurisdictionIds)}`
  const inScope = Prisma.sql`JOIN "Assessment" a ON a.id = x."assessmentId"
    JOIN "Criterion" c ON c.id = a."criterionId" AND c."publicationState" = 'PUBLISHED' AND c."deletedAt" IS NULL
    WHERE c."standardId" = ${standard.id} AND a."publicationState" = 'PUBLISHED' AND a."deletedAt" IS NULL
    ${jurisdictionFilter('a."jurisdictionId"', jurisdictionIds)}`
  const treatyWhere = standard.instrumentId
    ? {
        treatyId: standard.instrumentId,
        publicationState: 'PUBLISHED' as const,
        deletedAt: null,
        ...(jurisdictionIds ? { jurisdictionId: { in: jurisdictionIds } } : {}),
      }
    : null

  const [assessments, results, evidence, provisions, reservations, actions, facts] = await Promise.all([
    rowsOf<AssessmentRow>(
      db,
      Prisma.sql`SELECT a.id, a."jurisdictionId", a."criterionId", a.status::text, a.score::text, a.verification::text, a."assessedOn" ${scope}`,
    ),
    rowsOf<ResultRow>(
      db,
      Prisma.sql`SELECT x."assessmentId", x."elementId", x.status::text, x."provisionId", x.pinpoint, x.note
      FROM "AssessmentElementResult" x ${inScope}`,
    ),
    rowsOf<EvidenceRow>(
      db,
      Prisma.sql`SELECT x."assessmentId", x."provisionId", x.pinpoint, x.note
      FROM "AssessmentEvidence" x ${inScope} ORDER BY x."assessmentId", x."provisionId"`,
    ),
    rowsOf<ProvisionRow>(
      db,
      Prisma.sql`
      SELECT ${provisionColumns('p')}
      FROM (
        SELECT e."provisionId" AS id FROM "AssessmentEvidence" e WHERE e."assessmentId" IN (SELECT a.id ${scope})
        UNION
        SELECT r."provisionId" FROM "AssessmentElementResult" r WHERE r."provisionId" IS NOT NULL AND r."assessmentId" IN (SELECT a.id ${scope})
      ) used
      ${publishedProvisionJoin('p', Prisma.sql`p.id = used.id`)}
      WHERE p.id IS NOT NULL`,
    ),
    treatyWhere
      ? db.reservation.findMany({
          where: treatyWhere,
          orderBy: [{ madeOn: 'asc' }],
          select: {
            id: true,
            jurisdictionId: true,
            kind: true,
            articles: true,
            text: true,
            madeOn: true,
            withdrawnOn: true,
            sourceUrl: true,
          },
        })
      : Promise.resolve([] as ReservationInput[]),
    treatyWhere
      ? db.treatyAction.findMany({
          where: treatyWhere,
          select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true },
        })
      : Promise.resolve([]),
    standard.needsFacts ? loadDerivationFacts(db, jurisdictionIds) : Promise.resolve(new Map()),
  ])

  // An unpublished provision is absent here: evidence resting on it is dropped, an element result keeps its status without it.
  const byId = new Map<string, ProvisionRef>()
  for (const [provisionId, citation, eId, instrumentUri, validFrom, validTo] of provisions) {
    const ref = toProvisionRef({
      provisionId,
      citation,
      eId,
      instrumentUri,
      validFrom,
      validTo,
    } satisfies ProvisionColumns)
    if (ref) byId.set(ref.id, ref)
  }
  const resultsOf = groupBy(
    results,
    ([assessmentId]) => assessmentId,
    ([, elementId, status, provisionId, pinpoint, note]): ElementResultInput => ({
      elementId,
      status,
      provision: provisionId ? (byId.get(provisionId) ?? null) : null,
      pinpoint,
      note,
    }),
  )
  const evidenceOf = groupBy(
    evidence.filter(([, provisionId]) => byId.has(provisionId)),
    ([assessmentId]) => assessmentId,
    ([, provisionId, pinpoint, note]): EvidenceInput => ({ provision: byId.get(provisionId)!, pinpoint, note }),
  )
  return {
    assessments: assessments.map<AssessmentInput>(
      ([id, jurisdictionId, criterionId, status, score, verification, assessedOn]) => ({
        id,
        jurisdictionId,
        criterionId,
        status,
        verification,
        score: score === null ? null : Number(score),
        assessedOn: toDate(assessedOn),
        evidence: evidenceOf.get(id) ?? [],
        elementResults: resultsOf.get(id) ?? [],
      }),
    ),
    reservations: reservations as ReservationInput[],
    treatyActions: actions.map<TreatyActionInput>((a) => ({
      jurisdictionId: a.jurisdictionId,
      action: a.action,
      date: a.actionDate,
      precision: a.datePrecision,
    })),
    facts,
  }
}
