import type { Db } from '@/lib/db/prisma'
import { allOf } from './all-of'

const listSelect = {
  id: true,
  title: true,
  purpose: true,
  version: true,
  updatedAt: true,
  owner: { select: { name: true } },
  _count: { select: { clauses: true, jurisdictions: true } },
} as const

/** The drafts a user wrote and those shared with them, most recently changed first. */
export async function findDraftsForUser(db: Db, userId: string) {
  const [owned, shared] = await allOf([
    () =>
      db.draft.findMany({
        where: { ownerId: userId, deletedAt: null },
        orderBy: { updatedAt: 'desc' },
        select: listSelect,
      }),
    () =>
      db.draftShare.findMany({
        where: { userId, draft: { deletedAt: null } },
        orderBy: { draft: { updatedAt: 'desc' } },
        select: { access: true, draft: { select: listSelect } },
      }),
  ])
  return { owned, shared: shared.map((s) => ({ ...s.draft, access: s.access })) }
}

export type DraftListItem = Awaited<ReturnType<typeof findDraftsForUser>>['owned'][number]

/** Just the title, for the page <title>; null when the user may not see the draft. */
export async function findDraftTitle(db: Db, options: { draftId: string; userId: string }) {
  const draft = await db.draft.findFirst({
    where: {
      id: options.draftId,
      deletedAt: null,
      OR: [{ ownerId: options.userId }, { shares: { some: { userId: options.userId } } }],
    },
    select: { title: true },
  })
  return draft?.title ?? null
}
