import type { Db } from '@/lib/db/prisma'
import type { SavedViewSubjects } from '@/lib/schemas/saved-views'
import type { ChangeScope } from '../api/changes'
import { findFeedSubject } from '../api/feed-subject'
import { published } from '../published'

/**
 * Which published changes touch a saved view: those the Atom feeds of its jurisdictions, its
 * standard and its extra instrument column follow (one source with GET /api/v1/changes), and,
 * for a comparison by topic, the provisions of that topic in its jurisdictions' law.
 */
export async function findSavedViewScope(db: Db, subjects: SavedViewSubjects): Promise<ChangeScope> {
  const feeds = await Promise.all([
    ...subjects.jurisdictions.map((code) => findFeedSubject(db, { kind: 'jurisdictions', key: code })),
    subjects.standard ? findFeedSubject(db, { kind: 'standards', key: subjects.standard }) : null,
    subjects.instrumentUri ? findFeedSubject(db, { kind: 'instruments', key: subjects.instrumentUri }) : null,
  ])
  const scope: ChangeScope = { entityIds: [], refs: [] }
  for (const feed of feeds) {
    if (!feed) continue
    scope.entityIds.push(...feed.scope.entityIds)
    scope.refs.push(...feed.scope.refs)
  }
  if (subjects.topic && subjects.jurisdictions.length) {
    const provisions = await db.provision.findMany({
      where: {
        deletedAt: null,
        topics: { some: { topic: { slug: subjects.topic } } },
        instrumentVersion: { instrument: { ...published, jurisdiction: { code: { in: subjects.jurisdictions } } } },
      },
      select: { id: true },
    })
    scope.entityIds.push(...provisions.map((p) => p.id))
  }
  return scope
}
