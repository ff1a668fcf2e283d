import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CurrentUser } from '@/lib/auth/current-user'

/**
 * Who may do what with a draft: the owner everything; a user it is shared with READ or EDIT;
 * anyone else nothing, and for them the draft does not exist (404, never "forbidden", so ids
 * do not leak which drafts exist).
 */
export type DraftAccess = 'owner' | 'edit' | 'read'
export type DraftClient = Db | Prisma.TransactionClient

/**
 * The acting user as draft functions need them: drafts ask for no role (any signed-in user may
 * write and share drafts; access is per draft, below), only who is acting. `options.user` of every
 * draft function (decision 0005); a CurrentUser fits.
 */
export type DraftUser = Pick<CurrentUser, 'id'>

/** Signed out → 401: drafts belong to someone. */
export function requireDraftUser(user: DraftUser | null | undefined): DraftUser {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to work on drafts.')
  return user
}

async function findDraftAccess(
  db: DraftClient,
  draftId: string,
  userId: string,
): Promise<{ access: DraftAccess; version: number } | null> {
  const draft = await db.draft.findFirst({
    where: { id: draftId, deletedAt: null },
    select: { ownerId: true, version: true, shares: { where: { userId }, select: { access: true } } },
  })
  if (!draft) return null
  if (draft.ownerId === userId) return { access: 'owner', version: draft.version }
  const share = draft.shares[0]
  return share ? { access: share.access === 'EDIT' ? 'edit' : 'read', version: draft.version } : null
}

const rank: Record<DraftAccess, number> = { read: 1, edit: 2, owner: 3 }

export async function requireDraftAccess(
  db: DraftClient,
  { draftId, user }: { draftId: string; user: DraftUser | null },
  needed: DraftAccess,
) {
  const actor = requireDraftUser(user)
  const found = await findDraftAccess(db, draftId, actor.id)
  if (!found) throw new AppError('NOT_FOUND', 'This draft does not exist or is not shared with you.')
  if (rank[found.access] < rank[needed]) {
    throw new AppError(
      'FORBIDDEN',
      needed === 'owner'
        ? 'Only the author of this draft can do that.'
        : 'You can read this draft but not edit it. Ask its author for edit access.',
    )
  }
  return { ...found, user: actor }
}
