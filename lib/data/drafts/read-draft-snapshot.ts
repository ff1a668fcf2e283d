import type { Prisma } from '@/lib/generated/prisma/client'
import type { DraftSnapshotData } from '@/lib/domain/drafts/draft-snapshot'
import type { DraftClient } from './draft-access'
import { linkLabel, linkSelect } from './link-label'

/** The draft as it stands, in the shape stored in DraftSnapshot.snapshot. */
export async function readDraftSnapshot(
  db: DraftClient,
  draftId: string,
): Promise<DraftSnapshotData & Prisma.InputJsonObject> {
  const draft = await db.draft.findUniqueOrThrow({
    where: { id: draftId },
    select: {
      title: true,
      purpose: true,
      jurisdictions: {
        select: { jurisdiction: { select: { code: true, name: true } } },
        orderBy: { jurisdiction: { name: 'asc' } },
      },
      clauses: {
        orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          heading: true,
          text: true,
          sourceCitation: true,
          links: { select: linkSelect, orderBy: { id: 'asc' } },
        },
      },
    },
  })
  return {
    title: draft.title,
    purpose: draft.purpose,
    jurisdictions: draft.jurisdictions.map((j) => j.jurisdiction),
    clauses: draft.clauses.map((c) => ({
      id: c.id,
      heading: c.heading,
      text: c.text,
      sourceCitation: c.sourceCitation,
      links: c.links.map(linkLabel),
    })),
  }
}
