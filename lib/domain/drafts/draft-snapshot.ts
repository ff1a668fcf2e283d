import { z } from 'zod'

/**
 * What DraftSnapshot.snapshot holds: the whole draft as the negotiator sees it, with labels
 * resolved at the time (so history still reads correctly if a criterion is later renamed).
 * Parsed with zod on read because old rows outlive code changes.
 */
const draftSnapshotSchema = z.object({
  title: z.string(),
  purpose: z.string().nullable(),
  jurisdictions: z.array(z.object({ code: z.string(), name: z.string() })),
  clauses: z.array(
    z.object({
      id: z.string(),
      heading: z.string().nullable(),
      text: z.string(),
      sourceCitation: z.string().nullable(),
      links: z.array(z.string()),
    }),
  ),
})
export type DraftSnapshotData = z.infer<typeof draftSnapshotSchema>

export function parseSnapshot(value: unknown): DraftSnapshotData {
  const parsed = draftSnapshotSchema.safeParse(value)
  // A snapshot we cannot read is shown as empty rather than breaking the history page.
  return parsed.success ? parsed.data : { title: '(unreadable version)', purpose: null, jurisdictions: [], clauses: [] }
}
