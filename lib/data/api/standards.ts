import type { Db } from '@/lib/db/prisma'
import { pageOf } from '@/lib/domain/api-cursor'
import { published } from '../published'
import { cursorKey, day, param, provisionRef, provisionRefSelect, type ListOptions } from './shape'

/** Published baseline standards and LexBridge's assessments against them (no assessor, no notes). */
export async function findApiStandards(db: Db, options: ListOptions) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.baselineStandard.findMany({
    where: { ...published, ...(after ? { slug: { gt: String(after[0]) } } : {}) },
    orderBy: { slug: 'asc' },
    take: options.limit + 1,
    select: {
      slug: true,
      name: true,
      issuer: true,
      edition: true,
      description: true,
      sourceUrl: true,
      publishedOn: true,
      verification: true,
      instrument: { select: { uri: true, publicationState: true, deletedAt: true } },
      criteria: {
        where: published,
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select: {
          code: true,
          title: true,
          articleRef: true,
          _count: { select: { assessments: { where: { ...published, jurisdiction: published } } } },
        },
      },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.slug])
  return {
    data: items.map(({ instrument, criteria, publishedOn, verification, ...s }) => ({
      ...s,
      publishedOn: day(publishedOn),
      verification: param(verification),
      instrumentUri:
        instrument && instrument.publicationState === 'PUBLISHED' && !instrument.deletedAt ? instrument.uri : null,
      criteria: criteria.map(({ _count: _c, ...c }) => c),
      assessmentCount: criteria.reduce((sum, c) => sum + c._count.assessments, 0),
    })),
    page,
  }
}

const shownProvision = {
  ...provisionRefSelect,
  select: { ...provisionRefSelect.select, publicationState: true, deletedAt: true },
}
const refOf = (
  p: ({ publicationState: string; deletedAt: Date | null } & NonNullable<Parameters<typeof provisionRef>[0]>) | null,
) => (p && p.publicationState === 'PUBLISHED' && !p.deletedAt ? provisionRef(p) : null)

/** null when there is no such published standard. */
export async function findApiAssessments(
  db: Db,
  options: ListOptions & { slug: string; jurisdiction?: string[]; criterion?: string },
) {
  const standard = await db.baselineStandard.findFirst({
    where: { ...published, slug: options.slug },
    select: { id: true },
  })
  if (!standard) return null
  const after = cursorKey(options.cursor, 1)
  const rows = await db.assessment.findMany({
    where: {
      ...published,
      criterion: { ...published, standardId: standard.id, ...(options.criterion ? { code: options.criterion } : {}) },
      jurisdiction: { ...published, ...(options.jurisdiction?.length ? { code: { in: options.jurisdiction } } : {}) },
      ...(after ? { id: { gt: String(after[0]) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: options.limit + 1,
    select: {
      id: true,
      status: true,
      score: true,
      rationale: true,
      assessedOn: true,
      verification: true,
      jurisdiction: { select: { code: true, name: true } },
      criterion: { select: { code: true, title: true } },
      evidence: {
        orderBy: { id: 'asc' },
        select: { pinpoint: true, provision: { select: { ...shownProvision.select, citation: true } } },
      },
      elementResults: {
        orderBy: { element: { sortOrder: 'asc' } },
        select: { status: true, pinpoint: true, element: { select: { code: true } }, provision: shownProvision },
      },
    },
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.id])
  return {
    data: items.map((a) => ({
      id: a.id,
      jurisdiction: a.jurisdiction,
      criterion: a.criterion,
      status: param(a.status),
      score: a.score,
      rationale: a.rationale,
      assessedOn: day(a.assessedOn),
      verification: param(a.verification),
      evidence: a.evidence
        .filter((e) => refOf(e.provision))
        .map((e) => ({ provision: refOf(e.provision), citation: e.provision.citation, pinpoint: e.pinpoint })),
      elements: a.elementResults.map((r) => ({
        code: r.element.code,
        status: param(r.status),
        provision: refOf(r.provision),
        pinpoint: r.pinpoint,
      })),
    })),
    page,
  }
}
