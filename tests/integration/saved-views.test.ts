import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/lib/auth/current-user'
import { saveChange } from '@/lib/data/curation/change-requests'
import {
  createSavedView,
  deleteSavedView,
  findSavedViews,
  openSavedView,
  renameSavedView,
} from '@/lib/data/saved-views/saved-views'
import { AppError } from '@/lib/errors/app-error'
import { saveViewSchema } from '@/lib/schemas/saved-views'
import { createTestUser } from '../support/curation-fixtures'
import { createTestDatabase, type TestDatabase } from '../support/test-database'

/** Saved views and "changed since you last looked" (issue 17 item 4), through the real write path. */
let t: TestDatabase
let admin: CurrentUser
let reader: CurrentUser
let other: CurrentUser
const ids: Record<string, string> = {}
const versions: Record<string, number> = {}

const jurisdiction = (code: string, name: string) => ({ code, name, kind: 'state', verification: 'needs-review' })
const standard = (name: string) => ({
  slug: 'svq-1',
  name,
  issuer: 'Saved View Test Issuer',
  verification: 'needs-review',
})

async function rename(type: 'jurisdictions' | 'standards', key: string, payload: Record<string, string>) {
  versions[key] = (versions[key] ?? 1) + 1
  await saveChange(t.db, {
    user: admin,
    change: { type, action: 'UPDATE', entityId: ids[key], baseVersion: versions[key] - 1, payload },
  })
}

async function rejects(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
}

const save = (user: CurrentUser | null, form: Record<string, string>) => {
  const input = saveViewSchema.parse(form)
  return createSavedView(t.db, { user, name: input.name, view: input })
}
const viewOf = async (user: CurrentUser, id: string) => (await findSavedViews(t.db, { user })).find((v) => v.id === id)!

beforeAll(async () => {
  t = await createTestDatabase()
  admin = await createTestUser(t.db, 'admin')
  reader = await createTestUser(t.db, 'viewer')
  other = await createTestUser(t.db, 'viewer')
  for (const [code, name] of [
    ['SA', 'Savedland'],
    ['SB', 'Bookmarkia'],
    ['SC', 'Elsewhere'],
  ]) {
    const created = await saveChange(t.db, {
      user: admin,
      change: { type: 'jurisdictions', action: 'CREATE', payload: jurisdiction(code, name) },
    })
    ids[code] = created.entityId!
  }
  const created = await saveChange(t.db, {
    user: admin,
    change: { type: 'standards', action: 'CREATE', payload: standard('Saved view standard') },
  })
  ids.std = created.entityId!
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the saved-view form schema', () => {
  it('keeps the query as the page itself reads it, and refuses what cannot be a view', () => {
    const parsed = saveViewSchema.parse({ name: '  My view ', page: 'compare', query: 'j=sa&j=SB&j=sa&nonsense=1' })
    expect(parsed).toMatchObject({ name: 'My view', page: 'compare', query: 'j=SA&j=SB&by=topic' })
    expect(saveViewSchema.parse({ name: 'g', page: 'gaps', query: 'standard=svq-1&sort=name&cell=SA:1' }).query).toBe(
      'standard=svq-1',
    )
    expect(saveViewSchema.safeParse({ name: '', page: 'compare', query: 'j=SA' }).success).toBe(false)
    expect(saveViewSchema.safeParse({ name: 'x'.repeat(121), page: 'compare', query: 'j=SA' }).success).toBe(false)
    expect(saveViewSchema.safeParse({ name: 'x', page: 'admin/users', query: '' }).success).toBe(false)
    expect(saveViewSchema.safeParse({ name: 'x', page: 'compare', query: 'by=topic' }).success).toBe(false)
    expect(saveViewSchema.safeParse({ name: 'x', page: 'gaps', query: 'region=150' }).success).toBe(false)
  })
})

describe('saved views', () => {
  it('needs a signed-in user', async () => {
    await rejects(save(null, { name: 'x', page: 'compare', query: 'j=SA' }), 'UNAUTHENTICATED')
    await rejects(findSavedViews(t.db, { user: null }), 'UNAUTHENTICATED')
  })

  it('counts and lists the published changes to its jurisdictions since it was last opened', async () => {
    const view = await save(reader, { name: 'Two states', page: 'compare/ages', query: 'j=SA&j=SB' })
    expect((await viewOf(reader, view.id)).changeCount).toBe(0)

    await rename('jurisdictions', 'SA', jurisdiction('SA', 'Savedland Republic'))
    await rename('jurisdictions', 'SC', jurisdiction('SC', 'Elsewhere Republic')) // not in the view
    await rename('jurisdictions', 'SB', jurisdiction('SB', 'Bookmarkia Republic'))
    const changed = await viewOf(reader, view.id)
    expect(changed.changeCount).toBe(2)
    expect(changed.changes.map((c) => c.summary)).toEqual([
      'Jurisdiction updated: Bookmarkia Republic (changed: name)',
      'Jurisdiction updated: Savedland Republic (changed: name)',
    ])
    expect(changed.href).toBe('/compare/ages?j=SA&j=SB')

    expect(await openSavedView(t.db, { user: reader, viewId: view.id })).toEqual({ href: '/compare/ages?j=SA&j=SB' })
    expect((await viewOf(reader, view.id)).changeCount).toBe(0)
    await rename('jurisdictions', 'SA', jurisdiction('SA', 'Savedland'))
    expect((await viewOf(reader, view.id)).changes.map((c) => c.summary)).toEqual([
      'Jurisdiction updated: Savedland (changed: name)',
    ])
  })

  it('follows the standard of a gap view', async () => {
    const view = await save(reader, { name: 'Gaps', page: 'gaps', query: 'standard=svq-1' })
    await rename('jurisdictions', 'SB', jurisdiction('SB', 'Bookmarkia'))
    expect((await viewOf(reader, view.id)).changeCount).toBe(0)
    await rename('standards', 'std', standard('Saved view standard, 2nd edition'))
    expect((await viewOf(reader, view.id)).changes.map((c) => c.summary)).toEqual([
      'Baseline standard updated: Saved view standard, 2nd edition (changed: name)',
    ])
  })

  it('keeps each user to their own views', async () => {
    const view = await save(reader, { name: 'Mine', page: 'compare', query: 'j=SA' })
    expect((await findSavedViews(t.db, { user: other })).map((v) => v.id)).not.toContain(view.id)
    await rejects(openSavedView(t.db, { user: other, viewId: view.id }), 'NOT_FOUND')
    await rejects(
      renameSavedView(t.db, { user: other, viewId: view.id, expectedVersion: 1, name: 'Theirs' }),
      'NOT_FOUND',
    )
    await rejects(deleteSavedView(t.db, { user: other, viewId: view.id }), 'NOT_FOUND')
    expect((await viewOf(reader, view.id)).name).toBe('Mine')
  })

  it('renames without overwriting a newer name, deletes, and records who changed what', async () => {
    const view = await save(reader, { name: 'First', page: 'compare', query: 'j=SB' })
    await renameSavedView(t.db, { user: reader, viewId: view.id, expectedVersion: 1, name: 'Second' })
    await rejects(
      renameSavedView(t.db, { user: reader, viewId: view.id, expectedVersion: 1, name: 'Stale' }),
      'CONFLICT',
    )
    expect((await viewOf(reader, view.id)).name).toBe('Second')
    await deleteSavedView(t.db, { user: reader, viewId: view.id })
    expect(await viewOf(reader, view.id)).toBeUndefined()
    const history = await t.db.revision.findMany({
      where: { entityType: 'SavedView', entityId: view.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true, before: true, after: true, userId: true },
    })
    expect(history).toEqual([
      {
        action: 'CREATE',
        before: null,
        after: { name: 'First', page: 'compare', query: 'j=SB&by=topic' },
        userId: reader.id,
      },
      {
        action: 'UPDATE',
        before: { name: 'First', page: 'compare', query: 'j=SB&by=topic' },
        after: { name: 'Second', page: 'compare', query: 'j=SB&by=topic' },
        userId: reader.id,
      },
      {
        action: 'DELETE',
        before: { name: 'Second', page: 'compare', query: 'j=SB&by=topic' },
        after: null,
        userId: reader.id,
      },
    ])
  })
})
