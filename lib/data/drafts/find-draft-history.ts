import type { Db } from '@/lib/db/prisma'
import { parseSnapshot } from '@/lib/domain/drafts/draft-snapshot'
import { requireDraftAccess, type DraftUser } from './draft-access'
import { allOf } from './all-of'

/** The versions of a draft, newest first, with who saved each (readers of the draft may see history). */
export async function findDraftHistory(db: Db, options: { draftId: string; user: DraftUser | null }) {
  await requireDraftAccess(db, options, 'read')
  const [draft, snapshots] = await allOf([
    () =>
      db.draft.findUniqueOrThrow({ where: { id: options.draftId }, select: { id: true, title: true, version: true } }),
    () =>
      db.draftSnapshot.findMany({
        where: { draftId: options.draftId },
        orderBy: { versionNumber: 'desc' },
        select: { versionNumber: true, createdAt: true, userId: true },
      }),
  ])
  const userIds = [...new Set(snapshots.flatMap((s) => (s.userId ? [s.userId] : [])))]
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  )
  return {
    draft,
    versions: snapshots.map((s) => ({
      versionNumber: s.versionNumber,
      createdAt: s.createdAt,
      author: (s.userId && users.get(s.userId)) || 'Unknown user',
    })),
  }
}

/** Two versions of a draft, parsed, for comparison. Null for a version that does not exist. */
export async function getDraftSnapshots(
  db: Db,
  options: { draftId: string; user: DraftUser | null; versions: number[] },
) {
  await requireDraftAccess(db, options, 'read')
  const rows = await db.draftSnapshot.findMany({
    where: { draftId: options.draftId, versionNumber: { in: options.versions } },
    select: { versionNumber: true, snapshot: true },
  })
  return options.versions.map((v) => {
    const row = rows.find((r) => r.versionNumber === v)
    return row ? parseSnapshot(row.snapshot) : null
  })
}
