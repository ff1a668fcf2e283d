import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/lib/auth/current-user'
import { saveChange } from '@/lib/data/curation/change-requests'
import { runImport } from '@/lib/data/exchange/run-import'
import type { ImportItem } from '@/lib/import/import-item'
import { createTestUser } from '../support/curation-fixtures'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

/**
 * Issue 18 item 2: nothing long holds the embedded database. Imports run in chunks there
 * (decision 1010): other requests are answered while a big preview runs, cross-chunk references
 * still resolve, and a commit that fails half-way is undone entirely.
 */
let t: TestDatabase
let admin: CurrentUser

beforeAll(async () => {
  t = await createTestDatabase()
  admin = await createTestUser(t.db, 'admin')
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

const letters = (n: number, width: number) =>
  Array.from({ length: width }, (_, i) => String.fromCharCode(65 + (Math.floor(n / 26 ** i) % 26))).join('')
const jurisdiction = (code: string, name = `Chunkland ${code}`): ImportItem => ({
  type: 'jurisdictions',
  location: `row ${code}`,
  payload: { code, name, kind: 'state' },
})

describe('imports on the embedded database', () => {
  it.runIf(process.env.LEXBRIDGE_TEST_DB !== 'server')(
    'answers a read while a 20,000-row preview runs, and the preview writes nothing',
    async () => {
      // IMPORT_TEST_ROWS lowers the size for a quick local run; npm test uses the 20,000.
      const rows = Number(process.env.IMPORT_TEST_ROWS ?? 20_000)
      const items = Array.from({ length: rows }, (_, i) => jurisdiction(`QZ${letters(i, 4)}`))
      let previewDone = false
      let started!: () => void
      const running = new Promise<void>((resolve) => (started = resolve))
      const preview = runImport(t.db, {
        user: admin,
        items,
        problems: [],
        source: 'big.csv',
        commit: false,
        onProgress: (done) => {
          if (done === 200) started()
        },
      }).finally(() => {
        previewDone = true
      })
      await running
      // A read from another connection while the preview is under way.
      const count = await t.db.jurisdiction.count()
      const servedBeforePreviewFinished = !previewDone
      const report = await preview
      expect(servedBeforePreviewFinished).toBe(true)
      expect(report).toMatchObject({ committed: false, counts: { create: rows, error: 0 } })
      expect(await t.db.jurisdiction.count()).toBe(count)
    },
    1_800_000,
  )

  it('resolves a reference to a row created by an earlier chunk, in the preview and the commit', async () => {
    const items: ImportItem[] = [
      jurisdiction('QCA'),
      jurisdiction('QCB'),
      jurisdiction('QCC'),
      {
        type: 'instruments',
        location: 'row 4',
        payload: { uri: '/akn/qca/act/2020/1', jurisdiction: 'QCA', kind: 'statute', title: 'Chunk Act 2020' },
      },
    ]
    const input = { user: admin, items, problems: [], source: 'refs.json', chunkSize: 2 }
    const preview = await runImport(t.db, { ...input, commit: false })
    expect(preview.problems).toEqual([])
    expect(preview.counts).toMatchObject({ create: 4, error: 0 })
    expect(await t.db.instrument.count({ where: { uri: '/akn/qca/act/2020/1' } })).toBe(0)
    const commit = await runImport(t.db, { ...input, commit: true })
    expect(commit).toMatchObject({ committed: true, counts: { create: 4, error: 0 } })
    const act = await t.db.instrument.findUniqueOrThrow({
      where: { uri: '/akn/qca/act/2020/1' },
      select: { jurisdiction: { select: { code: true } } },
    })
    expect(act.jurisdiction.code).toBe('QCA')
  })

  it('refuses a commit whose preview has an error, writing nothing', async () => {
    const items = [jurisdiction('QDA'), jurisdiction('QDB'), jurisdiction('qd-bad!')]
    const report = await runImport(t.db, {
      user: admin,
      items,
      problems: [],
      source: 'bad.csv',
      commit: true,
      chunkSize: 1,
    })
    expect(report.committed).toBe(false)
    expect(report.counts.error).toBe(1)
    expect(await t.db.jurisdiction.count({ where: { code: { in: ['QDA', 'QDB'] } } })).toBe(0)
  })

  it('undoes the chunks already written when a later chunk fails', async () => {
    const existing = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: { code: 'QEA', name: 'Before', kind: 'state' } },
    })
    const items = [jurisdiction('QEA', 'After'), jurisdiction('QEB'), jurisdiction('QEC'), jurisdiction('QED')]
    const failure = await runImport(t.db, {
      user: admin,
      items,
      problems: [],
      source: 'fails.csv',
      commit: true,
      chunkSize: 2,
      // Progress runs inside the chunk's transaction: throwing in the second chunk of the commit
      // (after the preview's 4 rows and the commit's first 3) stands for a database failure there.
      onProgress: (done) => {
        if (done === 7) throw new Error('simulated failure in the second chunk')
      },
    }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(Error)
    expect(await t.db.jurisdiction.count({ where: { code: { in: ['QEB', 'QEC', 'QED'] } } })).toBe(0)
    const restored = await t.db.jurisdiction.findUniqueOrThrow({ where: { id: existing.entityId! } })
    expect(restored).toMatchObject({ name: 'Before', deletedAt: null })
    const actions = async (entityId: string) =>
      (
        await t.db.revision.findMany({
          where: { entityType: 'Jurisdiction', entityId },
          orderBy: { createdAt: 'asc' },
          select: { action: true },
        })
      ).map((r) => r.action)
    // QEA: created, updated by the import, then put back; QEB: created by the import, then removed.
    expect(await actions(existing.entityId!)).toEqual(['CREATE', 'UPDATE', 'RESTORE'])
    const removed = await t.db.revision.findFirstOrThrow({
      where: { actor: 'import:fails.csv', action: 'DELETE' },
      select: { entityId: true },
    })
    expect(await actions(removed.entityId)).toEqual(['CREATE', 'DELETE'])
    expect(await t.db.revision.count({ where: { actor: 'import:fails.csv' } })).toBe(4)
  })
})
