import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import type { ChangeScope } from './changes'

/**
 * What an Atom feed follows (/feeds/jurisdictions/GB.atom …): the published record, its page and
 * the revisions that belong to it — the record itself and rows pointing at it (a jurisdiction's
 * instruments, definitions, ages, treaty actions, reservations and assessments; an instrument's
 * versions and provisions; a standard's criteria and assessments).
 */
export const feedKinds = ['jurisdictions', 'instruments', 'treaties', 'standards'] as const
export type FeedKind = (typeof feedKinds)[number]
export type FeedSubject = { title: string; pagePath: string; scope: ChangeScope }

export async function findFeedSubject(db: Db, options: { kind: FeedKind; key: string }): Promise<FeedSubject | null> {
  if (options.kind === 'jurisdictions') {
    const j = await db.jurisdiction.findFirst({
      where: { ...published, code: options.key },
      select: { id: true, code: true, name: true },
    })
    return (
      j && {
        title: `${j.name} (${j.code})`,
        pagePath: `/jurisdictions/${j.code}`,
        scope: { entityIds: [j.id], refs: [{ field: 'jurisdictionId', ids: [j.id] }] },
      }
    )
  }
  if (options.kind === 'standards') {
    const s = await db.baselineStandard.findFirst({
      where: { ...published, slug: options.key },
      select: { id: true, slug: true, name: true, criteria: { select: { id: true } } },
    })
    if (!s) return null
    const criteria = s.criteria.map((c) => c.id)
    return {
      title: s.name,
      pagePath: `/standards/${s.slug}`,
      scope: {
        entityIds: [s.id, ...criteria],
        refs: [
          { field: 'standardId', ids: [s.id] },
          { field: 'criterionId', ids: criteria },
        ],
      },
    }
  }
  const treaty = options.kind === 'treaties'
  const i = await db.instrument.findFirst({
    where: { ...published, uri: options.key, ...(treaty ? { kind: { in: ['TREATY', 'PROTOCOL'] } } : {}) },
    select: { id: true, uri: true, title: true, versions: { select: { id: true } } },
  })
  if (!i) return null
  const versions = i.versions.map((v) => v.id)
  return {
    title: i.title,
    pagePath: `/${treaty ? 'treaties' : 'instruments'}${i.uri}`,
    scope: {
      entityIds: [i.id, ...versions],
      refs: [
        { field: 'instrumentId', ids: [i.id] },
        { field: 'treatyId', ids: [i.id] },
        { field: 'versionId', ids: versions },
      ],
    },
  }
}
