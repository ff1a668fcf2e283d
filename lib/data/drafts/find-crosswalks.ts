import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { standardHref } from '@/lib/domain/links'
import { criterionLabel } from './link-label'
import { provisionRefSelect, toEvidenceRef } from './provision-ref'

/**
 * The crosswalks (groups of equivalent articles across instruments) that contain any of the given
 * provisions or criteria, with every entry resolved to a citation and a link.
 */
export type CrosswalkEntryView = {
  id: string
  kind: 'provision' | 'criterion'
  provisionId: string | null
  criterionId: string | null
  label: string
  href: string | null
  note: string | null
}
export type CrosswalkView = { slug: string; label: string; note: string | null; entries: CrosswalkEntryView[] }

export async function findCrosswalks(
  db: Db,
  options: { provisionIds?: string[]; criterionIds?: string[] } = {},
): Promise<CrosswalkView[]> {
  const filter = options.provisionIds || options.criterionIds
  const crosswalks = await db.crosswalk.findMany({
    where: filter
      ? {
          deletedAt: null,
          entries: {
            some: {
              OR: [
                { provisionId: { in: options.provisionIds ?? [] } },
                { criterionId: { in: options.criterionIds ?? [] } },
              ],
            },
          },
        }
      : { deletedAt: null },
    orderBy: { label: 'asc' },
    select: {
      slug: true,
      label: true,
      note: true,
      entries: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          note: true,
          provision: { select: { ...provisionRefSelect, publicationState: true, deletedAt: true } },
          criterion: {
            select: {
              id: true,
              code: true,
              title: true,
              articleRef: true,
              publicationState: true,
              deletedAt: true,
              standard: { select: { name: true, slug: true } },
            },
          },
        },
      },
    },
  })
  return crosswalks.map((c) => ({
    slug: c.slug,
    label: c.label,
    note: c.note,
    entries: c.entries.flatMap((e): CrosswalkEntryView[] => {
      if (e.provision && isPublished(e.provision)) {
        return [
          {
            id: e.id,
            kind: 'provision',
            provisionId: e.provision.id,
            criterionId: null,
            label: e.provision.citation,
            href: toEvidenceRef(e.provision).href,
            note: e.note,
          },
        ]
      }
      if (e.criterion && isPublished(e.criterion)) {
        const href = `${standardHref(e.criterion.standard.slug)}#criterion-${e.criterion.code}`
        return [
          {
            id: e.id,
            kind: 'criterion',
            provisionId: null,
            criterionId: e.criterion.id,
            label: criterionLabel(e.criterion),
            href,
            note: e.note,
          },
        ]
      }
      return []
    }),
  }))
}

const isPublished = (row: { publicationState: string; deletedAt: Date | null }) =>
  row.publicationState === published.publicationState && row.deletedAt === null

/** Crosswalks grouped by the provision they mention, for an instrument page. */
export async function findCrosswalksByProvision(db: Db, provisionIds: string[]) {
  const crosswalks = provisionIds.length ? await findCrosswalks(db, { provisionIds }) : []
  const byProvision = new Map<string, CrosswalkView[]>()
  for (const crosswalk of crosswalks) {
    for (const entry of crosswalk.entries) {
      if (entry.provisionId && provisionIds.includes(entry.provisionId))
        byProvision.set(entry.provisionId, [...(byProvision.get(entry.provisionId) ?? []), crosswalk])
    }
  }
  return byProvision
}
