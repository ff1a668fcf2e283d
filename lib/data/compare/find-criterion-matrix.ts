import type { Db } from '@/lib/db/prisma'
import { provisionHref } from '@/lib/domain/links'
import { published } from '../published'
import { findCompareColumns, publicColumn } from './find-compare-columns'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { CriterionMatrix, CriterionResultSummary, MatrixRow } from '@/lib/domain/compare/compare-views'

export type CriterionMatrixOptions = { jurisdictions: string[]; criterion: string; column?: string; today?: Date }

const provisionLink = {
  select: {
    id: true,
    eId: true,
    citation: true,
    publicationState: true,
    deletedAt: true,
    instrumentVersion: { select: { instrument: { select: { uri: true } } } },
  },
} as const

type LinkedProvision = {
  id: string
  eId: string
  citation: string
  publicationState: string
  deletedAt: Date | null
  instrumentVersion: { instrument: { uri: string } }
}
const toLink = (p: LinkedProvision | null) =>
  p && p.publicationState === 'PUBLISHED' && !p.deletedAt
    ? { id: p.id, citation: p.citation, href: provisionHref(p.instrumentVersion.instrument.uri, p.eId) }
    : null

/**
 * Compare by baseline criterion: the first row is LexBridge's overall assessment, then one row per
 * criterion element with each jurisdiction's element result and the provision it rests on.
 * Returns null when the criterion does not exist. Criteria apply to jurisdictions, so an
 * instrument column is not shown (and a note says so).
 */
export async function findCriterionMatrix(
  client: Db,
  options: CriterionMatrixOptions,
): Promise<CriterionMatrix | null> {
  const today = options.today ?? new Date()
  const [standardSlug, code] = options.criterion.split('/')
  const [{ columns: allColumns, notFound }, criterion] = await Promise.all([
    findCompareColumns(client, { jurisdictions: options.jurisdictions }),
    client.criterion.findFirst({
      where: { ...published, code, standard: { ...published, slug: standardSlug } },
      select: {
        id: true,
        code: true,
        title: true,
        text: true,
        articleRef: true,
        standard: { select: { slug: true, name: true } },
        elements: {
          orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
          select: { id: true, code: true, text: true, articleRef: true },
        },
      },
    }),
  ])
  if (!criterion) return null
  const columns = allColumns
  const assessments = columns.length
    ? await client.assessment.findMany({
        where: { ...published, criterionId: criterion.id, jurisdictionId: { in: columns.map((c) => c.id) } },
        select: {
          jurisdictionId: true,
          status: true,
          rationale: true,
          verification: true,
          evidence: { take: 1, select: { pinpoint: true, provision: provisionLink } },
          elementResults: {
            select: { elementId: true, status: true, note: true, pinpoint: true, provision: provisionLink },
          },
        },
      })
    : []
  const byJurisdiction = new Map(assessments.map((a) => [a.jurisdictionId, a]))
  const cellsFor = (pick: (a: (typeof assessments)[number]) => CriterionResultSummary | null) =>
    columns.map((column) => {
      const assessment = byJurisdiction.get(column.id)
      const item = assessment ? pick(assessment) : null
      return { column: column.key, items: item ? [item] : [] }
    })

  const overall: MatrixRow<CriterionResultSummary> = {
    key: 'overall',
    label: 'Overall assessment',
    description: criterion.text,
    depth: 0,
    group: false,
    cells: cellsFor((a) => ({
      status: a.status,
      text: a.rationale,
      pinpoint: a.evidence[0]?.pinpoint ?? null,
      verification: a.verification,
      provision: toLink(a.evidence[0]?.provision ?? null),
    })),
  }
  const elementRows = criterion.elements.map((element) => ({
    key: element.code,
    label: element.text,
    description: element.articleRef,
    depth: 1,
    group: false,
    cells: cellsFor((a) => {
      const result = a.elementResults.find((r) => r.elementId === element.id)
      return result
        ? {
            status: result.status,
            text: result.note,
            pinpoint: result.pinpoint,
            verification: a.verification,
            provision: toLink(result.provision),
          }
        : null
    }),
  }))
  return {
    by: 'criterion',
    title: `${criterion.standard.name}: ${criterion.title}`,
    asOf: isoDay(today)!,
    columns: columns.map(publicColumn),
    notFound,
    notes: options.column
      ? [
          'An instrument column is not shown when comparing by criterion: the rows already state what the standard requires.',
        ]
      : [],
    criterion: {
      ref: options.criterion,
      code: criterion.code,
      title: criterion.title,
      text: criterion.text,
      standard: criterion.standard,
      articleRef: criterion.articleRef,
    },
    rows: [overall, ...elementRows],
  }
}
