import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { computeReadiness } from '@/lib/domain/drafts/readiness'
import { todayUtc, treatyStatusAt } from '@/lib/domain/gaps/dates'
import { findCrosswalks } from './find-crosswalks'
import { provisionRefSelect, toEvidenceRef } from './provision-ref'
import { allOf } from './all-of'

/** Treaties that have a baseline standard (their obligations), and the jurisdictions to check. */
export async function findReadinessOptions(db: Db) {
  const [treaties, jurisdictions] = await allOf([
    () => db.instrument.findMany({
      where: { ...published, standards: { some: published } },
      orderBy: { title: 'asc' },
      select: { uri: true, title: true, shortTitle: true },
    }),
    () => db.jurisdiction.findMany({ where: { ...published, kind: { in: ['STATE', 'SUBNATIONAL'] } }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
  ])
  return { treaties, jurisdictions }
}

/**
 * Ratification readiness of one jurisdiction for one treaty. Public data only; null when either
 * is unknown. Obligations are the criteria of every published standard drawn from the treaty.
 */
export async function getRatificationReadiness(db: Db, options: { jurisdictionCode: string; treatyUri: string }) {
  const [jurisdiction, treaty] = await allOf([
    () => db.jurisdiction.findFirst({ where: { ...published, code: options.jurisdictionCode }, select: { id: true, code: true, name: true } }),
    () => db.instrument.findFirst({
      where: { ...published, uri: options.treatyUri },
      select: {
        id: true,
        uri: true,
        title: true,
        shortTitle: true,
        standards: {
          where: published,
          orderBy: { name: 'asc' },
          select: {
            name: true,
            criteria: {
              where: published,
              orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
              select: { id: true, code: true, title: true, articleRef: true, elements: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, text: true, reservableArticle: true } } },
            },
          },
        },
      },
    }),
  ])
  if (!jurisdiction || !treaty) return null
  const obligations = treaty.standards.flatMap((s) => s.criteria.map((c) => ({ ...c, standard: s.name })))
  const criterionIds = obligations.map((o) => o.id)
  const [assessments, reservations, actions, crosswalks] = await allOf([
    () => db.assessment.findMany({
      where: { ...published, jurisdictionId: jurisdiction.id, criterionId: { in: criterionIds } },
      select: {
        criterionId: true,
        status: true,
        rationale: true,
        assessedOn: true,
        verification: true,
        evidence: { select: { pinpoint: true, provision: { select: provisionRefSelect } } },
        elementResults: { select: { elementId: true, status: true, note: true, pinpoint: true, provision: { select: provisionRefSelect } } },
      },
    }),
    () => db.reservation.findMany({ where: { ...published, jurisdictionId: jurisdiction.id, treatyId: treaty.id }, select: { kind: true, articles: true, text: true, withdrawnOn: true } }),
    () => db.treatyAction.findMany({ where: { ...published, jurisdictionId: jurisdiction.id, treatyId: treaty.id }, select: { jurisdictionId: true, action: true, actionDate: true, datePrecision: true } }),
    () => findCrosswalks(db, { criterionIds }),
  ])
  const readiness = computeReadiness({
    obligations,
    assessments: assessments.map((a) => ({
      criterionId: a.criterionId,
      status: a.status,
      rationale: a.rationale,
      evidence: a.evidence.map((e) => toEvidenceRef(e.provision, e.pinpoint)),
      elementResults: a.elementResults.map((r) => ({ elementId: r.elementId, status: r.status, note: r.note, evidence: r.provision ? toEvidenceRef(r.provision, r.pinpoint) : null })),
    })),
    reservations: reservations.map((r) => ({ kind: r.kind, articles: r.articles, text: r.text, withdrawn: r.withdrawnOn !== null })),
  })
  return { jurisdiction, treaty: { uri: treaty.uri, title: treaty.title, shortTitle: treaty.shortTitle }, participation: treatyStatusAt(actions.map((a) => ({ jurisdictionId: a.jurisdictionId, action: a.action, date: a.actionDate, precision: a.datePrecision })), todayUtc()), readiness, crosswalks }
}

type RatificationReadiness = NonNullable<Awaited<ReturnType<typeof getRatificationReadiness>>>
