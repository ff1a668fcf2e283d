import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { computeDraftForecast, type ClauseLinkInput } from '@/lib/domain/drafts/conformity'
import { provisionHref } from '@/lib/domain/links'
import { requireDraftAccess, type DraftUser } from './draft-access'
import { findCrosswalks } from './find-crosswalks'
import { linkLabel, linkSelect, requirementsOf } from './link-label'
import { provisionRefSelect, toEvidenceRef } from './provision-ref'
import { allOf } from './all-of'
import { findCriterionResults } from '../gaps/find-criterion-results'
import { explainResult, resultEvidence } from '@/lib/domain/gaps/explain-result'
import type { AssessmentInput } from '@/lib/domain/drafts/conformity'

/**
 * Everything the draft page, and the exports, show: the draft, its clauses with links and sources,
 * the participants, the conformity forecast and the crosswalks of the clauses' sources and criteria.
 * Throws NOT_FOUND unless the user owns the draft or it is shared with them.
 */
export async function getDraftWorkspace(db: Db, options: { draftId: string; user: DraftUser | null }) {
  const { access } = await requireDraftAccess(db, options, 'read')
  const draft = await db.draft.findUniqueOrThrow({
    where: { id: options.draftId },
    select: {
      id: true,
      title: true,
      purpose: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { id: true, name: true, email: true } },
      jurisdictions: {
        select: { jurisdiction: { select: { id: true, code: true, name: true } } },
        orderBy: { jurisdiction: { name: 'asc' } },
      },
      clauses: {
        orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          heading: true,
          text: true,
          sourceCitation: true,
          sourceProvision: { select: provisionRefSelect },
          links: { select: linkSelect, orderBy: { id: 'asc' } },
        },
      },
    },
  })
  const jurisdictions = draft.jurisdictions.map((j) => j.jurisdiction)
  const clauses = draft.clauses.map((c) => ({
    id: c.id,
    heading: c.heading,
    text: c.text,
    sourceCitation: c.sourceCitation,
    sourceHref: c.sourceProvision
      ? provisionHref(c.sourceProvision.instrumentVersion.instrument.uri, c.sourceProvision.eId)
      : null,
    sourceProvisionId: c.sourceProvision?.id ?? null,
    links: c.links.map((l) => ({
      id: l.id,
      label: linkLabel(l),
      criterionId: l.criterion?.id ?? null,
      concept: l.concept,
      requiredFeatures: requirementsOf(l),
    })),
  }))
  const criterionIds = [
    ...new Set(clauses.flatMap((c) => c.links.flatMap((l) => (l.criterionId ? [l.criterionId] : [])))),
  ]
  const conceptIds = [...new Set(clauses.flatMap((c) => c.links.flatMap((l) => (l.concept ? [l.concept.id] : []))))]
  const jurisdictionIds = jurisdictions.map((j) => j.id)

  const [assessments, definitions, crosswalks, shares] = await allOf([
    () => criterionAssessments(db, criterionIds, jurisdictionIds),
    () =>
      conceptIds.length && jurisdictionIds.length
        ? db.definition.findMany({
            where: { ...published, jurisdictionId: { in: jurisdictionIds }, conceptId: { in: conceptIds } },
            select: {
              jurisdictionId: true,
              conceptId: true,
              term: true,
              features: true,
              citation: true,
              provision: { select: provisionRefSelect },
            },
          })
        : [],
    () =>
      findCrosswalks(db, {
        provisionIds: clauses.flatMap((c) => (c.sourceProvisionId ? [c.sourceProvisionId] : [])),
        criterionIds,
      }),
    () =>
      // Only the author sees (and manages) who else has access.
      access === 'owner'
        ? db.draftShare.findMany({
            where: { draftId: draft.id },
            orderBy: { user: { name: 'asc' } },
            select: { access: true, user: { select: { id: true, name: true, email: true } } },
          })
        : [],
  ])

  const forecast = computeDraftForecast({
    jurisdictions,
    clauses: clauses.map((c) => ({
      id: c.id,
      heading: c.heading,
      links: c.links.map((l): ClauseLinkInput =>
        l.criterionId
          ? { kind: 'criterion', criterionId: l.criterionId, label: l.label }
          : { kind: 'concept', conceptId: l.concept!.id, label: l.label, requiredFeatures: l.requiredFeatures },
      ),
    })),
    assessments,
    definitions: definitions.map((d) => ({
      jurisdictionId: d.jurisdictionId,
      conceptId: d.conceptId,
      term: d.term,
      features: d.features && typeof d.features === 'object' && !Array.isArray(d.features) ? d.features : {},
      evidence: d.provision ? toEvidenceRef(d.provision) : { citation: d.citation, href: null },
    })),
  })

  return {
    access,
    draft: {
      id: draft.id,
      title: draft.title,
      purpose: draft.purpose,
      version: draft.version,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      owner: draft.owner,
    },
    shares,
    jurisdictions,
    clauses,
    forecast,
    crosswalks,
  }
}

export type DraftWorkspace = Awaited<ReturnType<typeof getDraftWorkspace>>
export type WorkspaceClause = DraftWorkspace['clauses'][number]

/**
 * Each participant's result on each linked criterion, as the gap matrix evaluates it today (one
 * evaluation everywhere, decision 0305): curated, rolled up from elements or derived from recorded
 * law. Pairs with nothing recorded are left out, so the forecast reads them "Not known".
 */
async function criterionAssessments(
  db: Db,
  criterionIds: string[],
  jurisdictionIds: string[],
): Promise<AssessmentInput[]> {
  const results = [...(await findCriterionResults(db, { criterionIds, jurisdictionIds })).values()].filter(
    (r) => r.source !== 'none',
  )
  const ids = results.flatMap((r) => (r.assessmentId ? [r.assessmentId] : []))
  const rationales = new Map(
    ids.length
      ? (await db.assessment.findMany({ where: { id: { in: ids } }, select: { id: true, rationale: true } })).map(
          (a) => [a.id, a.rationale],
        )
      : [],
  )
  return results.map((r) => ({
    jurisdictionId: r.jurisdictionId,
    criterionId: r.criterionId,
    status: r.status,
    rationale: explainResult(r, r.assessmentId ? (rationales.get(r.assessmentId) ?? null) : null) ?? '',
    evidence: resultEvidence(r),
  }))
}
