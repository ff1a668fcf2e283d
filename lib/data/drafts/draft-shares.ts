import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import { requireDraftAccess, type DraftUser } from './draft-access'

/**
 * Sharing is access control, not a change to the draft's text, so it is not versioned and needs
 * no optimistic lock (sharing twice simply updates the access).
 */
export async function shareDraft(
  db: Db,
  options: { draftId: string; user: DraftUser | null; email: string; access: 'READ' | 'EDIT' },
) {
  const { user: author } = await requireDraftAccess(db, options, 'owner')
  const user = await db.user.findFirst({
    where: { email: options.email, disabled: false },
    select: { id: true, name: true },
  })
  if (!user)
    throw new AppError(
      'VALIDATION',
      'No LexBridge user signs in with that email address. Ask your colleague to create an account first.',
    )
  if (user.id === author.id) throw new AppError('VALIDATION', 'You are the author of this draft already.')
  await db.draftShare.upsert({
    where: { draftId_userId: { draftId: options.draftId, userId: user.id } },
    create: { draftId: options.draftId, userId: user.id, access: options.access },
    update: { access: options.access },
  })
  return user
}

export async function unshareDraft(db: Db, options: { draftId: string; user: DraftUser | null; shareUserId: string }) {
  await requireDraftAccess(db, options, 'owner')
  await db.draftShare.deleteMany({ where: { draftId: options.draftId, userId: options.shareUserId } })
}
