import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import { changeDraft, type DraftChange } from './draft-change'
import { requireClause } from './save-clause'

export async function deleteClause(db: Db, change: DraftChange & { clauseId: string }) {
  return changeDraft(db, change, async (tx) => {
    await requireClause(tx, change.draftId, change.clauseId)
    await tx.draftClause.delete({ where: { id: change.clauseId } })
  })
}

/** Swaps a clause with its neighbour; sort orders are renumbered 1..n so gaps never accumulate. */
export async function moveClause(db: Db, change: DraftChange & { clauseId: string; direction: 'up' | 'down' }) {
  return changeDraft(db, change, async (tx) => {
    await requireClause(tx, change.draftId, change.clauseId)
    const clauses = await tx.draftClause.findMany({
      where: { draftId: change.draftId },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
      select: { id: true },
    })
    const from = clauses.findIndex((c) => c.id === change.clauseId)
    const to = change.direction === 'up' ? from - 1 : from + 1
    if (to < 0 || to >= clauses.length)
      throw new AppError(
        'VALIDATION',
        `This clause is already the ${change.direction === 'up' ? 'first' : 'last'} one.`,
      )
    ;[clauses[from], clauses[to]] = [clauses[to], clauses[from]]
    for (const [index, clause] of clauses.entries())
      await tx.draftClause.update({ where: { id: clause.id }, data: { sortOrder: index + 1 } })
  })
}

/** Sets what a concept link requires of each jurisdiction's definition (validated by the caller). */
export async function updateLinkRequirements(
  db: Db,
  change: DraftChange & { linkId: string; requiredFeatures: Record<string, boolean | number> },
) {
  return changeDraft(db, change, async (tx) => {
    const link = await tx.draftClauseLink.findFirst({
      where: { id: change.linkId, clause: { draftId: change.draftId }, conceptId: { not: null } },
      select: { id: true },
    })
    if (!link) throw new AppError('NOT_FOUND', 'That definition link is no longer on this clause.')
    await tx.draftClauseLink.update({ where: { id: link.id }, data: { requiredFeatures: change.requiredFeatures } })
  })
}

export async function findLinkConcept(db: Db, linkId: string) {
  const link = await db.draftClauseLink.findUnique({
    where: { id: linkId },
    select: { concept: { select: { slug: true } } },
  })
  return link?.concept?.slug ?? null
}
