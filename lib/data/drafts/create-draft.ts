import { AppError } from '@/lib/errors/app-error'
import type { Db } from '@/lib/db/prisma'
import { published } from '@/lib/data/published'
import { requireDraftUser, type DraftUser } from './draft-access'
import { readDraftSnapshot } from './read-draft-snapshot'

/** Creates a draft owned by the user, at version 1 with its first snapshot. */
export async function createDraft(
  db: Db,
  options: { user: DraftUser | null; title: string; purpose: string | null; jurisdictionCodes: string[] },
) {
  const user = requireDraftUser(options.user)
  const jurisdictionIds = await resolveJurisdictionCodes(db, options.jurisdictionCodes)
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.create({
      data: {
        title: options.title,
        purpose: options.purpose,
        ownerId: user.id,
        jurisdictions: { create: jurisdictionIds.map((jurisdictionId) => ({ jurisdictionId })) },
      },
      select: { id: true, version: true },
    })
    await tx.draftSnapshot.create({
      data: {
        draftId: draft.id,
        versionNumber: draft.version,
        userId: user.id,
        snapshot: await readDraftSnapshot(tx, draft.id),
      },
    })
    return draft
  })
}

export async function resolveJurisdictionCodes(db: Pick<Db, 'jurisdiction'>, codes: string[]) {
  const unique = [...new Set(codes)]
  if (unique.length === 0) return []
  const rows = await db.jurisdiction.findMany({
    where: { ...published, code: { in: unique } },
    select: { id: true, code: true },
  })
  const missing = unique.filter((code) => !rows.some((r) => r.code === code))
  if (missing.length) throw new AppError('VALIDATION', `Unknown jurisdiction: ${missing.join(', ')}`)
  return rows.map((r) => r.id)
}
