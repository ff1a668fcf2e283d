import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { published } from '@/lib/data/published'
import { changeDraft, type DraftChange } from './draft-change'

type ClauseFields = { heading: string | null; text: string; criterionIds: string[]; conceptIds: string[] }

/** Adds a clause at the end of the draft. */
export async function createClause(
  db: Db,
  change: DraftChange & ClauseFields & { sourceProvisionId?: string | null; sourceCitation?: string | null },
) {
  return changeDraft(db, change, async (tx) => {
    const clause = await tx.draftClause.create({
      data: {
        draftId: change.draftId,
        sortOrder: await nextSortOrder(tx, change.draftId),
        heading: change.heading,
        text: change.text,
        sourceProvisionId: change.sourceProvisionId ?? null,
        sourceCitation: change.sourceCitation ?? null,
      },
      select: { id: true },
    })
    await setClauseLinks(tx, clause.id, change.criterionIds, change.conceptIds)
    return clause
  })
}

/**
 * Starts a clause from a provision of any jurisdiction or instrument: its text and citation are
 * copied (the negotiator then edits the text; the citation stays as the source). It is linked to
 * exactly the criteria the user chose (`criterionIds`, offered from suggestClauseCriteria): nothing
 * is added behind their back, since a link to a criterion nobody assessed turns every participant's
 * forecast into "Not known" (issue 15).
 */
export async function createClauseFromProvision(
  db: Db,
  change: DraftChange & { provisionId: string; criterionIds: string[] },
) {
  const provision = await db.provision.findFirst({
    where: { ...published, id: change.provisionId },
    select: { id: true, num: true, heading: true, text: true, citation: true },
  })
  if (!provision) throw new AppError('NOT_FOUND', 'That provision is not in LexBridge any more.')
  return createClause(db, {
    ...change,
    heading: provision.heading ?? provision.num,
    text: provision.text,
    criterionIds: [...new Set(change.criterionIds)],
    conceptIds: [],
    sourceProvisionId: provision.id,
    sourceCitation: provision.citation,
  })
}

export async function updateClause(db: Db, change: DraftChange & ClauseFields & { clauseId: string }) {
  return changeDraft(db, change, async (tx) => {
    await requireClause(tx, change.draftId, change.clauseId)
    await tx.draftClause.update({
      where: { id: change.clauseId },
      data: { heading: change.heading, text: change.text },
    })
    await setClauseLinks(tx, change.clauseId, change.criterionIds, change.conceptIds)
  })
}

export async function requireClause(tx: Prisma.TransactionClient, draftId: string, clauseId: string) {
  const clause = await tx.draftClause.findFirst({
    where: { id: clauseId, draftId },
    select: { id: true, sortOrder: true },
  })
  if (!clause) throw new AppError('NOT_FOUND', 'That clause is no longer in this draft; someone may have deleted it.')
  return clause
}

async function nextSortOrder(tx: Prisma.TransactionClient, draftId: string) {
  const last = await tx.draftClause.aggregate({ where: { draftId }, _max: { sortOrder: true } })
  return (last._max.sortOrder ?? 0) + 1
}

/** Replaces a clause's links, keeping the feature requirements of concept links that stay. */
async function setClauseLinks(
  tx: Prisma.TransactionClient,
  clauseId: string,
  criterionIds: string[],
  conceptIds: string[],
) {
  const [criteria, concepts] = await Promise.all([
    tx.criterion.findMany({ where: { ...published, id: { in: criterionIds } }, select: { id: true } }),
    tx.concept.findMany({ where: { id: { in: conceptIds } }, select: { id: true } }),
  ])
  if (criteria.length !== new Set(criterionIds).size || concepts.length !== new Set(conceptIds).size)
    throw new AppError('VALIDATION', 'One of the chosen criteria or concepts no longer exists.')
  const existing = await tx.draftClauseLink.findMany({
    where: { clauseId },
    select: { id: true, criterionId: true, conceptId: true },
  })
  const keep = existing.filter(
    (l) => (l.criterionId && criterionIds.includes(l.criterionId)) || (l.conceptId && conceptIds.includes(l.conceptId)),
  )
  await tx.draftClauseLink.deleteMany({ where: { clauseId, id: { notIn: keep.map((l) => l.id) } } })
  const add = [
    ...criteria.filter((c) => !keep.some((l) => l.criterionId === c.id)).map((c) => ({ clauseId, criterionId: c.id })),
    ...concepts.filter((c) => !keep.some((l) => l.conceptId === c.id)).map((c) => ({ clauseId, conceptId: c.id })),
  ]
  if (add.length) await tx.draftClauseLink.createMany({ data: add })
}
