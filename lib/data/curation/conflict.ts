import { AppError } from '@/lib/errors/app-error'
import { diffRecords, type FieldChange } from '@/lib/domain/record-diff'
import type { Tx } from './curated-model'

/** What the person whose save was refused is shown: who changed the record since, when, and how. */
export type ConflictDetails = {
  currentVersion: number
  by: string
  at: string
  changes: FieldChange[]
  changesSince: number
}

export async function conflictError(
  tx: Tx,
  entityType: string,
  entityId: string,
  baseVersion: number,
  currentVersion: number,
) {
  const latest = await tx.revision.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    select: { before: true, after: true, actor: true, createdAt: true, user: { select: { name: true } } },
  })
  const details: ConflictDetails = {
    currentVersion,
    by: latest?.user?.name ?? latest?.actor ?? 'someone',
    at: (latest?.createdAt ?? new Date()).toISOString(),
    changes: diffRecords(
      latest?.before as Record<string, unknown> | null,
      latest?.after as Record<string, unknown> | null,
    ),
    changesSince: Math.max(1, currentVersion - baseVersion),
  }
  return new AppError<ConflictDetails>(
    'CONFLICT',
    `This record was changed by ${details.by} after you opened it (you started from version ${baseVersion}, it is now at version ${currentVersion}). Nothing was saved. Review their change below, then reload the record and apply yours again.`,
    { details },
  )
}
