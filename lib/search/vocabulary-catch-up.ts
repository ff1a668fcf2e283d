import type { Db } from '@/lib/db/prisma'

/**
 * Vocabulary upkeep that a bulk law import deferred (decision 0609). The search vectors are
 * written with the rows, so an imported text is searchable at its commit; only the words offered
 * as spelling corrections ("SearchTerm") are collected afterwards, because collecting them row by
 * row inside the import was a third of its time. The import leaves a marker (an AppState row
 * `vocabulary:<version id>`) in its own transaction; `catchUpVocabulary` reads that version's
 * provisions in slices of SLICE rows — one short statement each, so on the embedded database other
 * requests run in between — adds their words, and removes the marker. Start-up runs it for any
 * marker a stopped process left behind. Until then a new word is found, just not yet offered as
 * the correction of a misspelling.
 */
const SLICE = 5_000
const MARKER = 'vocabulary:'

type Client = Pick<Db, '$queryRawUnsafe' | '$executeRawUnsafe'>

/** Inside a bulk write's transaction: its provision words are left to catchUpVocabulary. */
export async function deferVocabulary(tx: Client, versionId: string | null) {
  await tx.$queryRawUnsafe(
    `SELECT set_config('lexbridge.defer_search', $1, true), set_config('gin_pending_list_limit', $2, true)`,
    versionId ? 'on' : 'off',
    // A larger pending list lets the GIN search index take a bulk insert in fewer, larger merges.
    versionId ? String(64 * 1024) : String(4 * 1024),
  )
  if (versionId)
    await tx.$executeRawUnsafe(
      `INSERT INTO "app_state" ("key", "value", "updatedAt") VALUES ($1, '{}'::jsonb, CURRENT_TIMESTAMP) ON CONFLICT ("key") DO NOTHING`,
      `${MARKER}${versionId}`,
    )
}

/** Collects the words of every version with a marker (or only `versionId`'s); returns how many provisions it read. */
export async function catchUpVocabulary(db: Db, versionId?: string): Promise<number> {
  const markers = await db.$queryRawUnsafe<{ key: string }[]>(
    `SELECT "key" FROM "app_state" WHERE "key" ${versionId ? '= $1' : 'LIKE $1'}`,
    versionId ? `${MARKER}${versionId}` : `${MARKER}%`,
  )
  let read = 0
  for (const { key } of markers) {
    const id = key.slice(MARKER.length)
    // Keyset over (sortOrder, id): a re-imported version may hold a soft-deleted row with the same sortOrder.
    let after: { order: number; id: string } = { order: -1, id: '' }
    for (;;) {
      const rows = await db.$queryRawUnsafe<{ n: number; order: number | null; id: string | null }[]>(
        `WITH slice AS (
           SELECT id, heading, text, "sortOrder" FROM "Provision" WHERE "versionId" = $1 AND ("sortOrder", id) > ($2::int, $3::text)
           ORDER BY "sortOrder", id LIMIT ${SLICE}
         ), words AS (
           INSERT INTO "SearchTerm" (term) SELECT lexbridge_words_of(ARRAY(SELECT concat_ws(' ', heading, text) FROM slice))
           ON CONFLICT DO NOTHING
         ), last AS (SELECT "sortOrder", id FROM slice ORDER BY "sortOrder" DESC, id DESC LIMIT 1)
         SELECT (SELECT count(*)::int FROM slice) AS n, (SELECT "sortOrder" FROM last) AS "order", (SELECT id FROM last) AS id`,
        id,
        after.order,
        after.id,
      )
      const slice = rows[0]
      read += slice.n
      if (slice.n < SLICE || slice.order === null || slice.id === null) break
      after = { order: slice.order, id: slice.id }
      await new Promise((resolve) => setImmediate(resolve))
    }
    await db.$executeRawUnsafe(`DELETE FROM "app_state" WHERE "key" = $1`, key)
  }
  return read
}
