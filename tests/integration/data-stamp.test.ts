import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import { poolOf, type Db } from '@/lib/db/prisma'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * The data stamp that keys the API cache (decision 0801), read on the real database. The sharing
 * rule (never a read older than the call) is proven in lib/domain/share-reads.test.ts, where the
 * reads' timing can be controlled.
 */
let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

const bump = () =>
  t.db.$executeRawUnsafe(
    `UPDATE "DataVersion" SET "version" = "version" + 1, "changedAt" = now() WHERE "scope" = 'curated'`,
  )

describe('readDataStamp', () => {
  it('reads the version and its change time as UTC', async () => {
    const [row] = await t.db.$queryRawUnsafe<{ version: bigint; changedAt: Date }[]>(
      `SELECT "version", "changedAt" FROM "DataVersion" WHERE "scope" = 'curated'`,
    )
    const stamp = await readDataStamp(t.db)
    expect(stamp.version).toBe(row.version.toString())
    expect(stamp.changedAt.toISOString()).toBe(row.changedAt.toISOString())
  })

  it('answers many simultaneous callers with the same current version', async () => {
    await bump()
    const [row] = await t.db.$queryRawUnsafe<{ version: bigint }[]>(
      `SELECT "version" FROM "DataVersion" WHERE "scope" = 'curated'`,
    )
    const stamps = await Promise.all(Array.from({ length: 50 }, () => readDataStamp(t.db)))
    expect(new Set(stamps.map((s) => s.version))).toEqual(new Set([row.version.toString()]))
  })

  it('reads inside a transaction on the transaction itself (the embedded pool has one connection)', async () => {
    await t.db.$transaction(async (tx) => {
      const client = tx as unknown as Db
      expect(poolOf(client)).toBeUndefined()
      const stamp = await readDataStamp(client)
      expect(Number(stamp.version)).toBeGreaterThanOrEqual(0)
    })
  })
})
