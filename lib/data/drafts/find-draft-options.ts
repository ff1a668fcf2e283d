import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { criterionLabel } from './link-label'
import { allOf } from './all-of'

/** Choices offered by the draft forms: jurisdictions that can take part, criteria by standard, concepts. */
export async function findDraftOptions(db: Db) {
  const [jurisdictions, lawSources, standards, concepts] = await allOf([
    () =>
      db.jurisdiction.findMany({
        where: { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL'] } },
        orderBy: { name: 'asc' },
        select: { code: true, name: true, regionName: true },
      }),
    () =>
      // Where a clause can come from: any jurisdiction or organisation with an instrument.
      db.jurisdiction.findMany({
        where: { ...published, instruments: { some: published } },
        orderBy: { name: 'asc' },
        select: { code: true, name: true },
      }),
    () =>
      db.baselineStandard.findMany({
        where: published,
        orderBy: { name: 'asc' },
        select: {
          slug: true,
          name: true,
          criteria: {
            where: published,
            orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
            select: { id: true, code: true, title: true, articleRef: true },
          },
        },
      }),
    () =>
      db.concept.findMany({
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, slug: true, name: true },
      }),
  ])
  return {
    jurisdictions,
    lawSources,
    standards: standards.map((s) => ({
      slug: s.slug,
      name: s.name,
      criteria: s.criteria.map((c) => ({ id: c.id, label: criterionLabel({ ...c, standard: s }) })),
    })),
    concepts,
  }
}

export type DraftOptions = Awaited<ReturnType<typeof findDraftOptions>>

/**
 * The provision picker: provisions whose citation, heading or text contains the words, optionally
 * within one jurisdiction (its own law and, for organisations, their instruments). A plain ILIKE
 * per word is enough here; full-text search lives in lib/search.
 */
export async function searchProvisionsForClause(
  db: Db,
  options: { query: string; jurisdictionCode?: string; limit?: number },
) {
  const words = options.query
    .split(/\s+/)
    .filter((w) => w.length > 1)
    .slice(0, 6)
  if (words.length === 0) return []
  const rows = await db.provision.findMany({
    where: {
      ...published,
      AND: words.map((word) => ({
        OR: [
          { citation: { contains: word, mode: 'insensitive' as const } },
          { heading: { contains: word, mode: 'insensitive' as const } },
          { text: { contains: word, mode: 'insensitive' as const } },
        ],
      })),
      instrumentVersion: {
        ...published,
        instrument: {
          ...published,
          ...(options.jurisdictionCode ? { jurisdiction: { code: options.jurisdictionCode } } : {}),
        },
      },
    },
    orderBy: [{ citation: 'asc' }],
    take: options.limit ?? 20,
    select: {
      id: true,
      heading: true,
      num: true,
      text: true,
      citation: true,
      instrumentVersion: {
        select: { instrument: { select: { title: true, jurisdiction: { select: { name: true } } } } },
      },
      criteria: { where: published, select: criterionSuggestionSelect },
      crosswalkEntries: {
        where: { crosswalk: { deletedAt: null } },
        select: {
          crosswalk: {
            select: {
              entries: {
                where: { criterion: published },
                select: { criterion: { select: criterionSuggestionSelect } },
              },
            },
          },
        },
      },
    },
  })
  return rows.map(({ criteria, crosswalkEntries, ...p }) => {
    const all = [
      ...criteria,
      ...crosswalkEntries.flatMap((e) => e.crosswalk.entries.flatMap((x) => (x.criterion ? [x.criterion] : []))),
    ]
    const seen = new Set<string>()
    const suggested = all
      .filter((c) => !seen.has(c.id) && seen.add(c.id))
      .map((c) => ({ id: c.id, label: criterionLabel(c), assessments: c._count.assessments }))
    return { ...p, suggestedCriteria: suggested }
  })
}

/**
 * Criteria a clause started from a provision may be linked to (the provision's own standards and its
 * crosswalks), with how many published assessments each has, so the user can see which would
 * leave the forecast "Not known". Offered as choices, never linked unasked.
 */
const criterionSuggestionSelect = {
  id: true,
  code: true,
  title: true,
  articleRef: true,
  standard: { select: { name: true } },
  _count: { select: { assessments: { where: published } } },
} as const
