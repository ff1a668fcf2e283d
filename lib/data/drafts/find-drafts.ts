import type { Db } from '@/lib/db/prisma'
import { allOf } from './all-of'
import { requireDraftUser, type DraftUser } from './draft-access'

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
export async function findDraftsForUser(db: Db, options: { user: DraftUser | null }) {
  const { id: userId } = requireDraftUser(options.user)
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
export async function findDraftTitle(db: Db, options: { draftId: string; user: DraftUser | null }) {
  if (!options.user) return null
  const userId = options.user.id
  const draft = await db.draft.findFirst({
    where: {
      id: options.draftId,
      deletedAt: null,
      OR: [{ ownerId: userId }, { shares: { some: { userId } } }],
    },
    select: { title: true },
  })
  return draft?.title ?? null
}
