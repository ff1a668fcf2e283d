import 'server-only'
import type { Db } from '@/lib/db/prisma'
import { published } from './published'
import { instrumentHeaderSelect } from './shared-selects'

/** The baseline standards, with how many criteria and published assessments each has. */
/** The columns every standard listing and header shows (shared with getStandard). */
export const standardHeaderSelect = {
  id: true,
  slug: true,
  name: true,
  issuer: true,
  edition: true,
  description: true,
  verification: true,
  instrument: { select: { ...instrumentHeaderSelect, kind: true } },
} as const

export async function findStandards(db: Db) {
  const standards = await db.baselineStandard.findMany({
    where: published,
    orderBy: [{ name: 'asc' }],
    select: {
      ...standardHeaderSelect,
      criteria: { where: published, select: { _count: { select: { assessments: { where: published } } } } },
    },
  })
  return standards.map(({ criteria, ...s }) => ({
    ...s,
    criterionCount: criteria.length,
    assessmentCount: criteria.reduce((sum, c) => sum + c._count.assessments, 0),
  }))
}

export type StandardSummary = Awaited<ReturnType<typeof findStandards>>[number]
