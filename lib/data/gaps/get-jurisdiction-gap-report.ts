import 'server-only'
import type { Db } from '@/lib/db/prisma'
import type { GapMatrixQuery } from '@/lib/schemas/gaps'
import { findStandards } from '../find-standards'
import { published } from '../published'
import { findModelExamples } from './find-model-examples'
import { getGapMatrix } from './get-gap-matrix'

// A gap is a known shortfall. Not assessed is not a gap and not met: it is listed apart (issue 15).
const isShortfall = (status: string) => status === 'PARTIAL' || status === 'NOT_MET'

/**
 * One jurisdiction against every standard on a date, with what is missing and provisions of other
 * jurisdictions that meet it. One matrix evaluation per standard (a handful), then one query for
 * all model examples.
 */
export async function getJurisdictionGapReport(
  db: Db,
  { code, asOf }: { code: string; asOf?: GapMatrixQuery['asOf'] },
) {
  const jurisdiction = await db.jurisdiction.findFirst({
    where: { ...published, code },
    select: { id: true, code: true, name: true, kind: true },
  })
  if (!jurisdiction) return null
  const standards = await findStandards(db)
  const matrices = await Promise.all(
    standards.map((s) =>
      getGapMatrix(db, {
        standard: s.slug,
        asOf: asOf === 'ratification' ? undefined : asOf,
        sort: 'name',
        show: 'all',
        codes: [code],
      }),
    ),
  )
  const sections = matrices.flatMap((m) => {
    const row = m?.matrix.rows[0]
    if (!m || !row) return []
    const gaps = row.cells
      .map((cell, i) => ({ cell, criterion: m.standard.criteria[i] }))
      .filter(({ cell }) => isShortfall(cell.status))
      .map(({ cell, criterion }) => ({ cell, criterion, missing: cell.elements.filter((e) => isShortfall(e.status)) }))
    const notAssessed = row.cells.flatMap((cell, i) =>
      cell.status === 'UNKNOWN' ? [{ cell, criterion: m.standard.criteria[i] }] : [],
    )
    return [{ standard: m.standard, row, gaps, notAssessed }]
  })
  const elementIds = sections.flatMap((s) => s.gaps.flatMap((g) => g.missing.map((e) => e.element.id)))
  const criterionIds = sections.flatMap((s) =>
    s.gaps.filter((g) => g.cell.elements.length === 0).map((g) => g.criterion.id),
  )
  const examples = await findModelExamples(db, { elementIds, criterionIds, excludeJurisdictionId: jurisdiction.id })
  return { jurisdiction, sections, examples, date: sections[0]?.row.date ?? null }
}

type JurisdictionGapReport = NonNullable<Awaited<ReturnType<typeof getJurisdictionGapReport>>>
