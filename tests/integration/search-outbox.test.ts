import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMeilisearchIndex } from '@/lib/search/meilisearch/meilisearch-index'
import { enqueueSearchSync } from '@/lib/search/outbox'
import { drainOutbox } from '@/lib/search/sync/drain-outbox'
import { startSearchSyncWorker } from '@/lib/search/sync/sync-worker'
import { readSyncState } from '@/lib/search/sync/sync-state'
import { createMemorySearchIndex } from '@/tests/support/memory-search-index'
import { createSearchFixture, type SearchFixture } from '@/tests/support/search-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let t: TestDatabase
let f: SearchFixture
// Nothing listens on port 9 (discard): every request to this "search server" fails at once.
const unreachable = () =>
  createMeilisearchIndex({ host: 'http://127.0.0.1:9', indexUid: 'lexbridge_unreachable', timeoutMs: 1000 })

beforeAll(async () => {
  t = await createTestDatabase()
  f = await createSearchFixture(t.db)
})
afterAll(async () => {
  await t?.cleanup()
})

const pending = () => t.db.searchOutbox.findMany({ where: { processedAt: null }, orderBy: { id: 'asc' } })
const makeDue = () =>
  t.db.searchOutbox.updateMany({ where: { processedAt: null }, data: { availableAt: new Date(Date.now() - 1000) } })

describe('search outbox', () => {
  it('commits and rolls back with the write it belongs to', async () => {
    await t.db.searchOutbox.deleteMany()
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.provision.update({ where: { id: f.provisions.grooming }, data: { heading: 'Never saved' } })
        await enqueueSearchSync(tx, 'provision', f.provisions.grooming)
        throw new Error('curator cancelled')
      }),
    ).rejects.toThrow('curator cancelled')
    expect(await pending()).toEqual([])
  })

  it('loses nothing while the search server is down, and catches up when it returns', async () => {
    await t.db.searchOutbox.deleteMany()
    // Writes during the outage succeed: the search server is not part of the transaction.
    for (const [i, id] of [f.provisions.grooming, f.provisions.csam].entries()) {
      await t.db.$transaction(async (tx) => {
        await tx.provision.update({ where: { id }, data: { text: `Amended text number ${i} about online grooming.` } })
        await enqueueSearchSync(tx, 'provision', id)
      })
    }
    const down = await drainOutbox(t.db, unreachable())
    expect(down).toMatchObject({ claimed: 2, processed: 0, failed: 2 })
    const kept = await pending()
    expect(kept).toHaveLength(2)
    for (const entry of kept) {
      expect(entry.attempts).toBe(1)
      expect(entry.lastError).toBeTruthy()
      expect(entry.availableAt.getTime()).toBeGreaterThan(Date.now())
    }
    // Backing off: an immediate second pass takes nothing.
    expect((await drainOutbox(t.db, unreachable())).claimed).toBe(0)

    // Still down on the next attempt: the attempt count grows, the entries stay.
    await makeDue()
    await drainOutbox(t.db, unreachable())
    expect((await pending()).map((e) => e.attempts)).toEqual([2, 2])

    // The server is back.
    await makeDue()
    const server = createMemorySearchIndex()
    expect(await drainOutbox(t.db, server.sink)).toMatchObject({ processed: 2, failed: 0 })
    expect(await pending()).toEqual([])
    expect(server.documents.get(`provision-${f.provisions.grooming}`)?.text).toBe(
      'Amended text number 0 about online grooming.',
    )
    // The CSAM provision holds a definition: its document (kind, date, link) is refreshed too.
    expect(server.documents.get(`provision-${f.provisions.csam}`)?.text).toBe(
      'Amended text number 1 about online grooming.',
    )
    expect(server.documents.has(`definition-${f.definitions.csam}`)).toBe(true)
  })

  it('removes what the public may no longer see, and what hung under a deleted row', async () => {
    const server = createMemorySearchIndex()
    await t.db.searchOutbox.deleteMany()
    await enqueueSearchSync(t.db, 'all', '*')
    await drainOutbox(t.db, server.sink)
    expect(server.documents.has(`provision-${f.provisions.extortion}`)).toBe(true)
    expect(server.documents.has(`provision-${f.provisions.pornography}`)).toBe(true)

    await t.db.$transaction(async (tx) => {
      await tx.provision.update({ where: { id: f.provisions.extortion }, data: { publicationState: 'DRAFT' } })
      await enqueueSearchSync(tx, 'provision', f.provisions.extortion)
    })
    await t.db.$transaction(async (tx) => {
      await tx.definition.deleteMany({ where: { jurisdictionId: f.south.id } })
      await tx.instrument.delete({ where: { id: f.penalCode.id } })
      await enqueueSearchSync(tx, 'instrument', f.penalCode.id, 'DELETE')
    })
    await drainOutbox(t.db, server.sink)
    expect(server.documents.has(`provision-${f.provisions.extortion}`)).toBe(false)
    expect(server.documents.has(`instrument-${f.penalCode.id}`)).toBe(false)
    expect(server.documents.has(`provision-${f.provisions.pornography}`)).toBe(false)
    expect(server.documents.has(`provision-${f.provisions.grooming}`)).toBe(true)
  })

  it('accepts model names and marks rows search does not index as done', async () => {
    const server = createMemorySearchIndex()
    await t.db.searchOutbox.deleteMany()
    await t.db.provision.update({
      where: { id: f.provisions.reporting },
      data: { heading: 'Reporting to the hotline' },
    })
    await t.db.searchOutbox.createMany({
      data: [
        { entityType: 'Provision', entityId: f.provisions.reporting, operation: 'UPSERT' },
        { entityType: 'AgeBenchmark', entityId: 'whatever', operation: 'UPSERT' },
      ],
    })
    expect(await drainOutbox(t.db, server.sink)).toMatchObject({ processed: 2, failed: 0 })
    expect(server.documents.get(`provision-${f.provisions.reporting}`)?.title).toBe('s. 5 — Reporting to the hotline')
    expect(await pending()).toEqual([])
  })

  it('a full reindex prunes documents Postgres no longer has', async () => {
    const server = createMemorySearchIndex()
    await server.sink.upsert([{ ...(await firstDocument(server)), id: 'provision-ghost', entityId: 'ghost' }])
    await enqueueSearchSync(t.db, 'all', '*')
    await drainOutbox(t.db, server.sink)
    expect(server.documents.has('provision-ghost')).toBe(false)
    expect(server.documents.has(`jurisdiction-${f.north.id}`)).toBe(true)
  })

  it('keeps the worker alive and records the error when the server is unreachable', async () => {
    const worker = startSearchSyncWorker({ db: t.db, index: unreachable(), intervalMs: 60_000 })
    await worker.tick()
    await worker.stop()
    const state = await readSyncState(t.db)
    expect(state.lastError).toBeTruthy()
    expect(state.lastErrorAt).toBeTruthy()
  })
})

async function firstDocument(server: ReturnType<typeof createMemorySearchIndex>) {
  await enqueueSearchSync(t.db, 'provision', f.provisions.grooming)
  await drainOutbox(t.db, server.sink)
  return [...server.documents.values()][0]
}
