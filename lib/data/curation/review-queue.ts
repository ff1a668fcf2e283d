import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { can } from '@/lib/auth/permissions'
import { AppError } from '@/lib/errors/app-error'
import { recordTypeByEntity, type RecordTypeKey } from '@/lib/schemas/records'
import { findRecordInput } from './records'

const requestSelect = {
  id: true,
  entityType: true,
  entityId: true,
  action: true,
  payload: true,
  baseVersion: true,
  status: true,
  reviewComment: true,
  createdAt: true,
  reviewedAt: true,
  author: { select: { id: true, name: true } },
  reviewer: { select: { name: true } },
} as const

/** Pending changes (reviewers see all; editors see their own), or recently decided ones. */
export async function findChangeRequests(
  db: Db,
  { user, ...params }: { user: CurrentUser | null; status: 'PENDING' | 'DECIDED' },
) {
  assertCan(user, 'curation:read')
  const mineOnly = !can(user.role, 'change:review')
  return db.changeRequest.findMany({
    where: {
      status: params.status === 'PENDING' ? 'PENDING' : { not: 'PENDING' },
      ...(mineOnly ? { authorId: user.id } : {}),
    },
    orderBy: { createdAt: params.status === 'PENDING' ? 'asc' : 'desc' },
    take: 100,
    select: requestSelect,
  })
}

export async function countPendingChangeRequests(db: Db, { user }: { user: CurrentUser }) {
  return db.changeRequest.count({
    where: { status: 'PENDING', ...(can(user.role, 'change:review') ? {} : { authorId: user.id }) },
  })
}

/** One change request with the record as it is now, so the reviewer sees exactly what would change. */
export async function getChangeRequest(db: Db, { user, id }: { user: CurrentUser | null; id: string }) {
  assertCan(user, 'curation:read')
  const request = await db.changeRequest.findUnique({ where: { id }, select: requestSelect })
  if (!request || (!can(user.role, 'change:review') && request.author.id !== user.id))
    throw new AppError('NOT_FOUND', 'This change request does not exist.')
  const meta = recordTypeByEntity(request.entityType)
  if (!meta) throw new AppError('BAD_REQUEST', 'Unknown record type.')
  const current = await findRecordInput(db, meta.key as RecordTypeKey, request.entityId)
  const stale = Boolean(current && request.baseVersion !== null && current.version !== request.baseVersion)
  return { request, type: meta.key as RecordTypeKey, meta, current, stale }
}

export type ChangeRequestView = Awaited<ReturnType<typeof findChangeRequests>>[number]
