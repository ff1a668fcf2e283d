import { afterAll, beforeAll, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/db/prisma'
import { RANDOM_PAGE_COST } from '@/lib/db/planner-settings'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

/**
 * Decisions 1014 and 1015: the app's connections start without parallel query plans and with
 * pages priced as read from memory, and startup options already in DATABASE_URL are kept beside
 * those.
 */
let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
}, 300_000)
afterAll(async () => {
  await t?.cleanup()
})

const show = async (db: TestDatabase['db'], setting: string) =>
  (await db.$queryRawUnsafe<Record<string, string>[]>(`SHOW ${setting}`))[0]![setting]

it('opens every connection with max_parallel_workers_per_gather = 0 and random_page_cost = 1.1', async () => {
  expect(await show(t.db, 'max_parallel_workers_per_gather')).toBe('0')
  expect(await show(t.db, 'random_page_cost')).toBe(String(RANDOM_PAGE_COST))
})

// pglite-socket serves every connection from PGlite's one session and ignores startup options.
it.runIf(process.env.LEXBRIDGE_TEST_DB === 'server')('keeps the startup options given in the URL', async () => {
  const url = new URL(t.url)
  url.searchParams.set('options', '-c statement_timeout=12345')
  const db = createPrismaClient(url.toString(), 1)
  try {
    expect(await show(db, 'statement_timeout')).toBe('12345ms')
    expect(await show(db, 'max_parallel_workers_per_gather')).toBe('0')
    expect(await show(db, 'random_page_cost')).toBe(String(RANDOM_PAGE_COST))
  } finally {
    await db.$disconnect()
  }
})
