import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { saveChange } from '@/lib/data/curation/change-requests'
import { createDump, restoreDump } from '@/lib/data/exchange/dump'
import { AppError } from '@/lib/errors/app-error'

let source: TestDatabase
let target: TestDatabase
beforeAll(async () => {
  ;[source, target] = await Promise.all([createTestDatabase(), createTestDatabase()])
})
afterAll(async () => {
  await Promise.all([source.cleanup(), target.cleanup()])
})

it('restores a full dump into an empty database with nothing lost', async () => {
  const [admin, editor] = [await createTestUser(source.db, 'admin'), await createTestUser(source.db, 'editor')]
  const db = source.db
  await db.concept.create({ data: { slug: 'child', name: 'Child' } })
  const topic = await db.topic.create({ data: { slug: 'grooming', name: 'Grooming' } })
  await db.topic.create({ data: { slug: 'grooming-online', name: 'Online grooming', parentId: topic.id } })
  await saveChange(db, {
    user: admin,
    change: {
      type: 'jurisdictions',
      action: 'CREATE',
      payload: { code: 'QR', name: 'Roundtrip', kind: 'state', notes: 'Quotes " and commas, and\nnew lines' },
    },
  })
  await saveChange(db, {
    user: admin,
    change: {
      type: 'instruments',
      action: 'CREATE',
      payload: {
        uri: '/akn/qr/act/2020/1',
        jurisdiction: 'QR',
        kind: 'statute',
        title: 'Roundtrip Act 2020',
        inForceOn: '2020-02-29',
      },
    },
  })
  await saveChange(db, {
    user: admin,
    change: {
      type: 'versions',
      action: 'CREATE',
      payload: {
        instrument: '/akn/qr/act/2020/1',
        expressionUri: '/akn/qr/act/2020/1/eng@2020-02-29',
        language: 'eng',
      },
    },
  })
  for (const [eId, parent] of [
    ['part_1', null],
    ['part_1__sec_1', 'part_1'],
  ] as const) {
    await saveChange(db, {
      user: admin,
      change: {
        type: 'provisions',
        action: 'CREATE',
        payload: {
          version: '/akn/qr/act/2020/1/eng@2020-02-29',
          eId,
          parent,
          text: `Text of ${eId} — “ü”`,
          citation: `Roundtrip Act, ${eId}`,
        },
      },
    })
  }
  await saveChange(db, {
    user: admin,
    change: {
      type: 'definitions',
      action: 'CREATE',
      payload: {
        concept: 'child',
        jurisdiction: 'QR',
        term: 'child',
        text: 'under 18',
        features: { ageLimit: 18 },
        citation: 'Roundtrip Act, s. 1',
        provision: '/akn/qr/act/2020/1#part_1__sec_1',
      },
    },
  })
  await saveChange(db, {
    user: admin,
    change: {
      type: 'reservations',
      action: 'CREATE',
      payload: { treaty: '/akn/qr/act/2020/1', jurisdiction: 'QR', articles: '20(3); 24', text: 'Reserved.' },
    },
  })
  await saveChange(db, {
    user: editor,
    change: { type: 'jurisdictions', action: 'CREATE', payload: { code: 'QS', name: 'Pending', kind: 'state' } },
  })
  await db.appState.create({ data: { key: 'setup-token', value: { hash: 'secret' } } })
  await db.appState.create({ data: { key: 'seed', value: { loadedAt: '2024-01-01' } } })

  const dump = JSON.parse(JSON.stringify(await createDump(db)))
  expect(dump.tables.session).toBeUndefined()
  expect(dump.tables.app_state.map((r: { key: string }) => r.key)).toEqual(['seed'])
  await restoreDump(target.db, dump)

  const again = JSON.parse(JSON.stringify(await createDump(target.db)))
  const sorted = (tables: Record<string, { id?: string; key?: string }[]>) =>
    Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => [
        name,
        [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      ]),
    )
  expect(sorted(again.tables)).toEqual(sorted(dump.tables))
  expect(Object.values(dump.tables).flat().length).toBeGreaterThan(20)
  const provision = await target.db.provision.findFirstOrThrow({
    where: { eId: 'part_1__sec_1' },
    include: { parent: true },
  })
  expect(provision.parent?.eId).toBe('part_1')
  expect(await target.db.changeRequest.count({ where: { status: 'PENDING' } })).toBe(1)
  const account = await target.db.account.findFirstOrThrow({ where: { userId: admin.id } })
  expect(account.password).toMatch(/.+:.+/)
})

it('refuses to restore into a database that has data', async () => {
  const dump = await createDump(source.db)
  const error = await restoreDump(source.db, dump).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).message).toMatch(/not empty/)
})
