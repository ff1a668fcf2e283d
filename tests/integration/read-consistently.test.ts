import { afterAll, beforeAll, expect, it } from 'vitest'
import { createDump } from '@/lib/data/exchange/dump'
import { readConsistently, writeStamp } from '@/lib/db/read-consistently'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

/**
 * Issue 18 item 2 for reads that must see one state of the database (the full dump, the bulk
 * archive; decision 1013): on the embedded database they no longer hold its one session in a
 * transaction, yet what they return is still one consistent state.
 */
let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
}, 300_000)
afterAll(async () => {
  await t?.cleanup()
})

const count = async (db: TestDatabase['db']) =>
  (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_state WHERE key LIKE 'rc:%'`))[0]!.n

let writes = 0
/** A read of two counts; `writeOnCall(n)` says whether another request writes between them on the n-th try. */
async function countTwice(writeOnCall: (call: number) => boolean, attempts?: number) {
  let calls = 0
  return readConsistently(
    t.db,
    async (client) => {
      calls++
      const first = await count(client)
      if (writeOnCall(calls)) await t.db.appState.create({ data: { key: `rc:${++writes}`, value: 1 } })
      return { first, second: await count(client) }
    },
    { stamp: writeStamp, attempts },
  )
}

it('keeps a multi-statement read only when nothing was written during it', async () => {
  // Another request writes between the read's statements, on the first attempt only.
  const { value, attempts } = await countTwice((call) => call === 1)
  // Whatever the database, the two statements saw the same state.
  expect(value.first).toBe(value.second)
  if (t.target === 'embedded') {
    // Statement by statement: the write was noticed and the read done again.
    expect(attempts).toBe(2)
    expect(value.first).toBe(1)
  } else {
    // One repeatable-read snapshot on a server: the write is simply not seen.
    expect(attempts).toBe(1)
    expect(value.first).toBe(0)
  }
})

it('ends in one transaction when writes never stop', async () => {
  // A write during each of the two statement-by-statement attempts (not during the last, in a
  // transaction: on the embedded database the write would wait for it).
  const { value, attempts } = await countTwice((call) => call <= 2, 2)
  expect(value.first).toBe(value.second)
  expect(attempts).toBe(t.target === 'embedded' ? 3 : 1)
}, 120_000)

it.runIf(process.env.LEXBRIDGE_TEST_DB !== 'server')(
  'answers other requests while a dump of a large table runs',
  async () => {
    await t.db.$executeRawUnsafe(
      `INSERT INTO app_state (key, value, "updatedAt") SELECT 'bulk:' || g, to_jsonb(repeat('x', 400)), now() FROM generate_series(1, 40000) g`,
    )
    let dumpDone = false
    const dump = createDump(t.db).finally(() => {
      dumpDone = true
    })
    // Let the dump start, then read from another connection.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const jurisdictions = await t.db.jurisdiction.count()
    const answeredBeforeDumpFinished = !dumpDone
    const result = await dump
    expect(jurisdictions).toBeGreaterThanOrEqual(0)
    expect(answeredBeforeDumpFinished).toBe(true)
    // The dump is whole: every row of the large table, read slice by slice.
    expect(result.tables.app_state!.filter((row) => String(row.key).startsWith('bulk:'))).toHaveLength(40000)
  },
  120_000,
)
