import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { computeReadiness } from '@/lib/domain/drafts/readiness'
import { todayUtc, treatyStatusAt } from '@/lib/domain/gaps/validity-at'
import { findCrosswalks } from './find-crosswalks'
import { findCriterionResults } from '../gaps/find-criterion-results'
import { explainElement, explainResult, resultEvidence } from '@/lib/domain/gaps/explain-result'
import { resultKey } from '@/lib/domain/gaps/result-key'
import { allOf } from './all-of'
import { instrumentHeaderSelect } from '../shared-selects'

/** Treaties that have a baseline standard (their obligations), and the jurisdictions to check. */
export async function findReadinessOptions(db: Db) {
  const [treaties, jurisdictions] = await allOf([
    () =>
      db.instrument.findMany({
        where: { ...published, standards: { some: published } },
        orderBy: { title: 'asc' },
        select: instrumentHeaderSelect,
      }),
    () =>
      db.jurisdiction.findMany({
        where: { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL'] } },
        orderBy: { name: 'asc' },
        select: { code: true, name: true },
      }),
  ])
  return { treaties, jurisdictions }
}

/**
 * Ratification readiness of one jurisdiction for one treaty. Public data only; null when either
 * is unknown. Obligations are the criteria of every published standard drawn from the treaty.
 */
export async function getRatificationReadiness(db: Db, options: { jurisdictionCode: string; treatyUri: string }) {
  const [jurisdiction, treaty] = await allOf([
    () =>
      db.jurisdiction.findFirst({
        where: { ...published, code: options.jurisdictionCode },
        select: { id: true, code: true, name: true },
      }),
    () =>
      db.instrument.findFirst({
        where: { ...published, uri: options.treatyUri },
        select: {
          id: true,
          ...instrumentHeaderSelect,
          standards: {
            where: published,
            orderBy: { name: 'asc' },
            select: {
              slug: true,
              name: true,
              criteria: {
                where: published,
                orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
                select: {
                  id: true,
                  code: true,
                  title: true,
                  articleRef: true,
                  elements: {
                    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
                    select: { id: true, code: true, text: true, reservableArticle: true },
                  },
                },
              },
            },
          },
        },
      }),
  ])
  if (!jurisdiction || !treaty) return null
  const obligations = treaty.standards.flatMap((s) => s.criteria.map((c) => ({ ...c, standard: s.name })))
  const criterionIds = obligations.map((o) => o.id)
  const date = todayUtc()
  const [results, reservations, actions, crosswalks] = await allOf([
    () => findCriterionResults(db, { criterionIds, jurisdictionIds: [jurisdiction.id], date }),
    () =>
      db.reservation.findMany({
        where: { ...published, jurisdictionId: jurisdiction.id, treatyId: treaty.id },
        select: { kind: true, articles: true, text: true, withdrawnOn: true },
      }),
    () =>
      db.treatyAction.findMany({
        where: { ...published, jurisdictionId: jurisdiction.id, treatyId: treaty.id },
        select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true },
      }),
    () => findCrosswalks(db, { criterionIds }),
  ])
  const cells = criterionIds.flatMap((id) => results.get(resultKey(jurisdiction.id, id)) ?? [])
  const assessmentIds = cells.flatMap((c) => (c.assessmentId ? [c.assessmentId] : []))
  const rationales = new Map(
    assessmentIds.length
      ? (
          await db.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, rationale: true } })
        ).map((a) => [a.id, a.rationale])
      : [],
  )
  const readiness = computeReadiness({
    obligations,
    results: cells.map((c) => ({
      criterionId: c.criterionId,
      status: c.status,
      explanation: explainResult(c, c.assessmentId ? (rationales.get(c.assessmentId) ?? null) : null),
      evidence: resultEvidence({ evidence: c.evidence, elements: [] }),
      elements: c.elements.map((e) => ({
        elementId: e.element.id,
        status: e.status,
        evidence:
          e.status === 'MET' && e.source === 'curated' && e.curated?.provision
            ? resultEvidence({
                evidence: [
                  { provision: e.curated.provision, pinpoint: e.curated.pinpoint, note: null, dateNote: null },
                ],
                elements: [],
              })[0]
            : null,
        note: explainElement(e),
        reservation:
          e.status === 'RESERVED' && e.reservation
            ? { kind: e.reservation.kind, articles: e.reservation.articles, text: e.reservation.text }
            : null,
      })),
    })),
    reservations: reservations.map((r) => ({
      kind: r.kind,
      articles: r.articles,
      text: r.text,
      withdrawn: r.withdrawnOn !== null && r.withdrawnOn <= date,
    })),
  })
  return {
    jurisdiction,
    treaty: { uri: treaty.uri, title: treaty.title, shortTitle: treaty.shortTitle },
    participation: treatyStatusAt(
      actions.map((a) => ({
        jurisdictionId: a.jurisdictionId,
        action: a.action,
        date: a.actionDate,
        precision: a.datePrecision,
      })),
      date,
    ),
    readiness,
    crosswalks,
    date,
    standards: treaty.standards.map((s) => ({ slug: s.slug, name: s.name })),
  }
}

type RatificationReadiness = NonNullable<Awaited<ReturnType<typeof getRatificationReadiness>>>
