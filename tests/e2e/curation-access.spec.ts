import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createLawFixture } from './support/fixtures'
import { createAccount, signIn } from './support/curation-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const csv = { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('Code,Name,Kind\nXZ-ZZZ,Nope,state\n') }
const importForm = {
  file: csv,
  format: 'csv',
  type: 'jurisdictions',
  mapping: JSON.stringify({ Code: 'code', Name: 'name', Kind: 'kind' }),
  mode: 'commit',
}

test('people without an account cannot open curation or write', async ({ page, request }) => {
  await page.goto('/admin/jurisdictions')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fjurisdictions/)
  const anonymous = await request.post('/api/admin/import', {
    headers: { 'sec-fetch-site': 'same-origin' },
    multipart: importForm,
  })
  expect(anonymous.status()).toBe(401)
})

test('a viewer is refused in the UI and on direct write requests', async ({ page, browser }) => {
  const law = await createLawFixture(db)
  await signIn(page, await createAccount(db, 'viewer'), '/')
  await page.goto('/admin')
  await expect(page.getByRole('heading', { level: 1, name: 'Your role does not allow this' })).toBeVisible()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Admin' })).toHaveCount(0)

  const viaRoute = await page.request.post('/api/admin/import', {
    headers: { origin: new URL(page.url()).origin },
    multipart: importForm,
  })
  expect(viaRoute.status()).toBe(403)
  expect((await viaRoute.json()).error.code).toBe('FORBIDDEN')

  // Replay an editor's real server-action request with the viewer's session.
  const editorContext = await browser.newContext()
  const editorPage = await editorContext.newPage()
  await signIn(editorPage, await createAccount(db, 'editor'))
  const jurisdiction = await db.jurisdiction.findUniqueOrThrow({ where: { code: law.code } })
  await editorPage.goto(`/admin/jurisdictions/${jurisdiction.id}`)
  const [actionRequest] = await Promise.all([
    editorPage.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])),
    editorPage
      .getByLabel('Notes')
      .fill('Viewer must not write this')
      .then(() => editorPage.getByRole('button', { name: 'Submit for review' }).click()),
  ])
  // Let the editor's own proposal finish before counting, so only the replay could add one.
  await expect(editorPage.getByRole('main').getByRole('status')).toContainText('Submitted for review')
  await editorContext.close()
  const before = await db.changeRequest.count({ where: { entityId: jurisdiction.id } })
  const replay = await page.request.post(actionRequest.url(), {
    headers: { ...actionRequest.headers(), origin: new URL(page.url()).origin },
    data: actionRequest.postDataBuffer()!,
  })
  expect(await replay.text()).toContain('FORBIDDEN')
  expect(await db.changeRequest.count({ where: { entityId: jurisdiction.id } })).toBe(before)

  const crossSite = await page.request.post('/api/admin/import', {
    headers: { 'sec-fetch-site': 'cross-site' },
    multipart: importForm,
  })
  expect(crossSite.status()).toBe(403)
})

test('every admin page passes an accessibility scan', async ({ page }) => {
  // Eleven pages, each loaded and scanned: more than the default minute on a shared 2-core machine.
  test.setTimeout(180_000)
  const law = await createLawFixture(db)
  const admin = await createAccount(db, 'admin')
  await signIn(page, admin)
  const jurisdiction = await db.jurisdiction.findUniqueOrThrow({ where: { code: law.code } })
  for (const path of [
    '/admin',
    '/admin/jurisdictions',
    '/admin/provisions',
    '/admin/definitions/new',
    `/admin/jurisdictions/${jurisdiction.id}`,
    `/admin/jurisdictions/${jurisdiction.id}/history`,
    '/admin/review',
    '/admin/audit',
    '/admin/import',
    '/admin/export',
    '/admin/users',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  }
  await page.goto('/admin/nothing-like-this')
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible()
})
