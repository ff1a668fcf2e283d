import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireDraftAccess, type DraftUser } from './draft-access'
import { readDraftSnapshot } from './read-draft-snapshot'

/**
 * Every change to a draft goes through here, so none can skip the three rules: the user may edit
 * it; the change is refused when the draft moved on since the user loaded it (optimistic locking on
 * Draft.version); and the new version is recorded as a DraftSnapshot for history and diff.
 */
export type DraftChange = { draftId: string; user: DraftUser | null; expectedVersion: number }

export async function changeDraft<T>(
  db: Db,
  change: DraftChange,
  apply: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<{ result: T; version: number }> {
  return db.$transaction(async (tx) => {
    const { user } = await requireDraftAccess(tx, change, 'edit')
    // The conditional update is the lock: it matches only if nobody saved in between.
    const bumped = await tx.draft.updateMany({
      where: { id: change.draftId, version: change.expectedVersion, deletedAt: null },
      data: { version: { increment: 1 } },
    })
    if (bumped.count === 0) {
      const current = await tx.draft.findUnique({ where: { id: change.draftId }, select: { version: true } })
      throw new AppError(
        'CONFLICT',
        `This draft was changed by someone else since you opened it (it is now at version ${current?.version ?? '?'}, you had version ${change.expectedVersion}). Your change was not saved: reload the page, check their changes and try again.`,
      )
    }
    const result = await apply(tx)
    const version = change.expectedVersion + 1
    await tx.draftSnapshot.create({
      data: {
        draftId: change.draftId,
        versionNumber: version,
        userId: user.id,
        snapshot: await readDraftSnapshot(tx, change.draftId),
      },
    })
    return { result, version }
  })
}
