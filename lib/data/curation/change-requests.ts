import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { can } from '@/lib/auth/permissions'
import { AppError } from '@/lib/errors/app-error'
import type { Prisma } from '@/lib/generated/prisma/client'
import { recordTypeByEntity, recordTypes, type RecordTypeKey } from '@/lib/schemas/records'
import { applyChange, prepareData, type ChangeSpec, type RestorePayload } from './apply-change'
import { conflictError } from './conflict'
import { configOf } from './configs'
import { delegateOf, type Tx } from './curated-model'

/**
 * Review workflow. Editors' changes become PENDING change requests (the proposed input and the
 * version they started from); a reviewer's approval applies them through applyChange in one
 * transaction, so a proposal based on an outdated version is refused, never applied over it.
 * Functions take the client as their first argument so tests run them on their own database
 * (see docs/decisions/0402-data-functions-take-the-client.md).
 */
type ProposedChange = Omit<ChangeSpec, 'type'> & { type: RecordTypeKey }

async function checkProposal(tx: Tx, change: ChangeSpec) {
  if (change.action === 'CREATE' || change.action === 'UPDATE') await prepareData(tx, change.type, change.payload)
  if (change.action === 'CREATE') return
  const current = await delegateOf(tx, configOf(change.type).model).findUnique({ where: { id: change.entityId } })
  if (!current || (current.deletedAt && change.action !== 'RESTORE'))
    throw new AppError('NOT_FOUND', 'This record does not exist or was deleted.')
  if (change.baseVersion !== null && change.baseVersion !== current.version) {
    throw await conflictError(
      tx,
      recordTypes[change.type].entityType,
      change.entityId,
      change.baseVersion,
      current.version as number,
    )
  }
}

/** What a save did: applied at once (editors with record:write) or proposed for review. */
export type SaveOutcome = { mode: 'applied' | 'proposed'; entityId: string | null }

async function proposeChange(db: Db, { user, change }: { user: CurrentUser | null; change: ChangeSpec }) {
  assertCan(user, 'change:propose')
  await checkProposal(db, change)
  const payload =
    change.action === 'CREATE' || change.action === 'UPDATE'
      ? (await prepareData(db, change.type, change.payload)).input
      : change.action === 'RESTORE'
        ? change.payload
        : {}
  return db.changeRequest.create({
    data: {
      entityType: recordTypes[change.type].entityType,
      entityId: change.action === 'CREATE' ? null : change.entityId,
      action: change.action,
      payload: payload as Prisma.InputJsonValue,
      baseVersion: change.action === 'CREATE' ? null : change.baseVersion,
      authorId: user.id,
    },
    select: { id: true },
  })
}

/**
 * Reviewers and admins apply directly; editors propose; anyone else is refused. `requestReview`:
 * a reviewer or admin who wants a second pair of eyes proposes like an editor (someone else then
 * approves it: decision 0410).
 */
export async function saveChange(
  db: Db,
  { user, change, requestReview = false }: { user: CurrentUser | null; change: ChangeSpec; requestReview?: boolean },
) {
  if (user && can(user.role, 'record:write') && !requestReview) {
    const applied = await db.$transaction((tx) => applyChange(tx, change, { userId: user.id }))
    return { mode: 'applied' as const, entityId: applied.entityId }
  }
  const request = await proposeChange(db, { user, change })
  return {
    mode: 'proposed' as const,
    changeRequestId: request.id,
    entityId: change.action === 'CREATE' ? null : change.entityId,
  }
}

function specOf(request: {
  entityType: string
  entityId: string | null
  action: string
  payload: unknown
  baseVersion: number | null
}): ChangeSpec {
  const meta = recordTypeByEntity(request.entityType)
  if (!meta) throw new AppError('BAD_REQUEST', `Unknown record type ${request.entityType}.`)
  const type = meta.key as RecordTypeKey
  switch (request.action) {
    case 'CREATE':
      return { type, action: 'CREATE', payload: request.payload }
    case 'UPDATE':
      return {
        type,
        action: 'UPDATE',
        entityId: request.entityId!,
        payload: request.payload,
        baseVersion: request.baseVersion,
      }
    case 'DELETE':
      return { type, action: 'DELETE', entityId: request.entityId!, baseVersion: request.baseVersion }
    default:
      return {
        type,
        action: 'RESTORE',
        entityId: request.entityId!,
        payload: request.payload as RestorePayload,
        baseVersion: request.baseVersion,
      }
  }
}

export async function approveChangeRequest(
  db: Db,
  { user, id, comment }: { user: CurrentUser | null; id: string; comment: string | null },
) {
  assertCan(user, 'change:review')
  return db.$transaction(async (tx) => {
    // Claiming the request in the WHERE clause stops two reviewers approving it twice; a reviewer
    // who asked for review of their own change cannot approve it themselves (decision 0410).
    const claimed = await tx.changeRequest.updateMany({
      where: { id, status: 'PENDING', authorId: { not: user.id } },
      data: { status: 'APPROVED', reviewerId: user.id, reviewComment: comment, reviewedAt: new Date() },
    })
    if (claimed.count === 0) throw await unclaimable(tx, id, user.id)
    const request = (await tx.changeRequest.findUnique({ where: { id } }))!
    const applied = await applyChange(tx, specOf(request), { userId: request.authorId }, { changeRequestId: id })
    if (!request.entityId) await tx.changeRequest.update({ where: { id }, data: { entityId: applied.entityId } })
    return { entityId: applied.entityId, type: specOf(request).type }
  })
}

/** Why a change request could not be claimed for review: one line for the reviewer. */
async function unclaimable(tx: Tx, id: string, userId: string) {
  const request = await tx.changeRequest.findUnique({ where: { id }, select: { status: true, authorId: true } })
  if (request?.status === 'PENDING' && request.authorId === userId)
    return new AppError(
      'FORBIDDEN',
      'You asked for a second pair of eyes on this change: another reviewer approves it.',
    )
  return new AppError('CONFLICT', 'This change was already reviewed or withdrawn.')
}

export async function rejectChangeRequest(
  db: Db,
  { user, id, comment }: { user: CurrentUser | null; id: string; comment: string },
) {
  assertCan(user, 'change:review')
  const { count } = await db.changeRequest.updateMany({
    where: { id, status: 'PENDING' },
    data: { status: 'REJECTED', reviewerId: user.id, reviewComment: comment, reviewedAt: new Date() },
  })
  if (count === 0) throw new AppError('CONFLICT', 'This change was already reviewed or withdrawn.')
}

export async function withdrawChangeRequest(db: Db, { user, id }: { user: CurrentUser | null; id: string }) {
  assertCan(user, 'change:propose')
  const { count } = await db.changeRequest.updateMany({
    where: { id, status: 'PENDING', authorId: user.id },
    data: { status: 'WITHDRAWN', reviewedAt: new Date() },
  })
  if (count === 0) throw new AppError('CONFLICT', 'Only your own pending changes can be withdrawn.')
}
