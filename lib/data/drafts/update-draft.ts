import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import { requireDraftAccess } from './draft-access'
import { changeDraft, type DraftChange } from './draft-change'
import { resolveJurisdictionCodes } from './create-draft'

export async function updateDraftDetails(db: Db, change: DraftChange & { title: string; purpose: string | null }) {
  return changeDraft(db, change, (tx) =>
    tx.draft.update({
      where: { id: change.draftId },
      data: { title: change.title, purpose: change.purpose },
      select: { id: true },
    }),
  )
}

export async function addDraftJurisdiction(db: Db, change: DraftChange & { jurisdictionCode: string }) {
  const [jurisdictionId] = await resolveJurisdictionCodes(db, [change.jurisdictionCode])
  return changeDraft(db, change, async (tx) => {
    const exists = await tx.draftJurisdiction.findUnique({
      where: { draftId_jurisdictionId: { draftId: change.draftId, jurisdictionId } },
    })
    if (exists) throw new AppError('VALIDATION', 'That jurisdiction already takes part in this draft.')
    await tx.draftJurisdiction.create({ data: { draftId: change.draftId, jurisdictionId } })
  })
}

export async function removeDraftJurisdiction(db: Db, change: DraftChange & { jurisdictionCode: string }) {
  return changeDraft(db, change, async (tx) => {
    const removed = await tx.draftJurisdiction.deleteMany({
      where: { draftId: change.draftId, jurisdiction: { code: change.jurisdictionCode } },
    })
    if (removed.count === 0) throw new AppError('VALIDATION', 'That jurisdiction does not take part in this draft.')
  })
}

/** Soft delete, author only; the rows stay for recovery. */
export async function deleteDraft(db: Db, options: DraftChange) {
  await requireDraftAccess(db, options, 'owner')
  const deleted = await db.draft.updateMany({
    where: { id: options.draftId, version: options.expectedVersion, deletedAt: null },
    data: { deletedAt: new Date() },
  })
  if (deleted.count === 0)
    throw new AppError('CONFLICT', 'This draft was changed since you opened it. Reload the page before deleting it.')
}
