import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { AppError } from '@/lib/errors/app-error'
import { recordTypeByEntity, recordTypes, type RecordTypeKey } from '@/lib/schemas/records'
import { saveChange } from './change-requests'

const revisionSelect = {
  id: true,
  entityType: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  actor: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  changeRequest: { select: { id: true, reviewComment: true, reviewer: { select: { name: true } } } },
} as const

/** A record's revisions, newest first. */
export async function findRecordHistory(
  db: Db,
  { user, type, entityId }: { user: CurrentUser | null; type: RecordTypeKey; entityId: string },
) {
  assertCan(user, 'curation:read')
  return db.revision.findMany({
    where: { entityType: recordTypes[type].entityType, entityId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: revisionSelect,
  })
}

/**
 * The record's column values as they were right after a revision. Revisions written by the seed
 * hold only the changed columns of an update, so the state is folded from the first revision on.
 */
async function stateAtRevision(db: Db, revisionId: string) {
  const target = await db.revision.findUnique({
    where: { id: revisionId },
    select: { entityType: true, entityId: true, createdAt: true },
  })
  if (!target) throw new AppError('NOT_FOUND', 'This revision does not exist.')
  const revisions = await db.revision.findMany({
    where: { entityType: target.entityType, entityId: target.entityId, createdAt: { lte: target.createdAt } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, after: true },
  })
  let values: Record<string, unknown> = {}
  for (const revision of revisions) {
    if (revision.after && typeof revision.after === 'object')
      values = { ...values, ...(revision.after as Record<string, unknown>) }
    if (revision.id === revisionId) break
  }
  return { entityType: target.entityType, entityId: target.entityId, values }
}

/** Restore = a new change carrying the old revision's values: applied for reviewers, proposed for editors. */
export async function restoreRevision(
  db: Db,
  {
    user,
    revisionId,
    baseVersion,
    requestReview = false,
  }: { user: CurrentUser | null; revisionId: string; baseVersion: number | null; requestReview?: boolean },
) {
  assertCan(user, 'change:propose')
  const state = await stateAtRevision(db, revisionId)
  const meta = recordTypeByEntity(state.entityType)
  if (!meta) throw new AppError('BAD_REQUEST', 'Records of this kind cannot be restored here.')
  return saveChange(db, {
    user,
    requestReview,
    change: {
      type: meta.key as RecordTypeKey,
      action: 'RESTORE',
      entityId: state.entityId,
      baseVersion,
      payload: { revisionId, values: state.values },
    },
  })
}

export type AuditFilters = {
  type?: RecordTypeKey
  action?: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE'
  user?: string
  from?: string
  to?: string
  page: number
}
export const AUDIT_PAGE_SIZE = 50

export async function findAuditLog(db: Db, { user, filters }: { user: CurrentUser | null; filters: AuditFilters }) {
  assertCan(user, 'audit:read')
  const where = {
    ...(filters.type ? { entityType: recordTypes[filters.type].entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.user
      ? {
          OR: [
            { user: { email: { contains: filters.user, mode: 'insensitive' as const } } },
            { user: { name: { contains: filters.user, mode: 'insensitive' as const } } },
            { actor: { contains: filters.user, mode: 'insensitive' as const } },
          ],
        }
      : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  }
  const [total, rows] = await Promise.all([
    db.revision.count({ where }),
    db.revision.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: revisionSelect,
    }),
  ])
  return { total, rows }
}

type RevisionView = Awaited<ReturnType<typeof findRecordHistory>>[number]
