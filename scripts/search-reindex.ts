// `npm run search:reindex`: rebuilds search from Postgres.
//   With MEILISEARCH_HOST: applies the index settings, upserts every visible document, removes
//   stale ones, and marks outbox entries written before the run as done (the rebuild covers them).
//   Without: recomputes the embedded engine's tsvector columns, topic slugs and spelling vocabulary (after a
//   change to the text search configuration, say) and refreshes planner statistics.
import './lib/cli'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { createMeilisearchIndex } from '@/lib/search/meilisearch/meilisearch-index'
import { settingsFingerprint } from '@/lib/search/meilisearch/settings'
import { reindexAll } from '@/lib/search/sync/reindex-all'
import { recordSyncState } from '@/lib/search/sync/sync-state'

const env = readEnv()
const log = (line: string) => console.log(`[search:reindex] ${line}`)
const database = await prepareDatabase(env, log)
const db = createPrismaClient(database.url, 4)
let code = 0
try {
  const started = Date.now()
  if (env.MEILISEARCH_HOST) {
    const index = createMeilisearchIndex({
      host: env.MEILISEARCH_HOST,
      apiKey: env.MEILISEARCH_API_KEY,
      timeoutMs: 120_000,
    })
    const startedAt = new Date()
    log(`Meilisearch index "${index.uid}": applying settings`)
    await index.applySettings()
    const result = await reindexAll(db, index, log)
    const { count } = await db.searchOutbox.updateMany({
      where: { processedAt: null, createdAt: { lte: startedAt } },
      data: { processedAt: new Date() },
    })
    await recordSyncState(db, { settingsFingerprint: settingsFingerprint(), lastSuccessAt: new Date().toISOString() })
    log(`${result.indexed} documents indexed, ${result.removed} stale removed, ${count} outbox entries covered`)
  } else {
    log('No MEILISEARCH_HOST: rebuilding the embedded engine (tsvector columns and vocabulary)')
    await db.$executeRawUnsafe(
      `UPDATE "Provision" SET "searchVector" = lexbridge_weighted_vector(heading, text, concat_ws(' ', num, citation))`,
    )
    await db.$executeRawUnsafe(
      `UPDATE "Definition" SET "searchVector" = lexbridge_weighted_vector(term, text, citation)`,
    )
    await db.$executeRawUnsafe(
      `UPDATE "Instrument" SET "searchVector" = lexbridge_weighted_vector(concat_ws(' ', title, "shortTitle"), summary, "officialCitation")`,
    )
    await db.$executeRawUnsafe(
      `UPDATE "Jurisdiction" SET "searchVector" = lexbridge_weighted_vector(concat_ws(' ', name, "officialName", code), notes, NULL)`,
    )
    await db.$executeRawUnsafe(`SELECT lexbridge_refresh_topic_slugs(ARRAY(SELECT id FROM "Provision"))`)
    await db.$executeRawUnsafe(`SELECT lexbridge_rebuild_vocabulary()`)
    await db.$executeRawUnsafe(`ANALYZE "Provision", "Definition", "Instrument", "Jurisdiction", "SearchTerm"`)
    const [{ words }] = await db.$queryRawUnsafe<{ words: number }[]>(`SELECT count(*)::int AS words FROM "SearchTerm"`)
    log(`embedded engine rebuilt; ${words} words in the spelling vocabulary`)
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(`[search:reindex] failed: ${(error as Error).message}`)
  code = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(code)
