import { afterAll, describe } from 'vitest'
import { readEnv } from '@/lib/env'
import { createEmbeddedEngine } from '@/lib/search/embedded/embedded-engine'
import {
  createMeilisearchEngine,
  createMeilisearchIndex,
  type MeilisearchIndex,
} from '@/lib/search/meilisearch/meilisearch-index'
import { reindexAll } from '@/lib/search/sync/reindex-all'
import { describeSearchContract } from '@/tests/support/search-contract'
import { createSearchFixture } from '@/tests/support/search-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

const env = readEnv()
const databases: TestDatabase[] = []
let meiliIndex: MeilisearchIndex | undefined

afterAll(async () => {
  await meiliIndex?.dropIndex().catch(() => {})
  await Promise.all(databases.map((d) => d.cleanup()))
})

describeSearchContract('embedded Postgres engine', async () => {
  const database = await createTestDatabase()
  databases.push(database)
  const fixture = await createSearchFixture(database.db)
  return { engine: createEmbeddedEngine(database.db), fixture }
})

// Runs only against a live Meilisearch (MEILISEARCH_HOST); reported as skipped otherwise.
describe.skipIf(!env.MEILISEARCH_HOST)('Meilisearch', () => {
  describeSearchContract('Meilisearch engine', async () => {
    const database = await createTestDatabase()
    databases.push(database)
    const fixture = await createSearchFixture(database.db)
    meiliIndex = createMeilisearchIndex({
      host: env.MEILISEARCH_HOST!,
      apiKey: env.MEILISEARCH_API_KEY,
      indexUid: `lexbridge_test_${Date.now()}`,
    })
    await meiliIndex.applySettings()
    await reindexAll(database.db, meiliIndex)
    return { engine: createMeilisearchEngine(meiliIndex), fixture }
  })
})
