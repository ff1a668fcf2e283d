import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createLawFixture } from './support/fixtures'
import { createAccount, PASSWORD, screenshot, signIn, useOwnClientAddress } from './support/curation-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('sign-in refuses a wrong password, then lets a curator in with a secure httpOnly session cookie', async ({
  page,
  context,
}) => {
  const admin = await createAccount(db, 'admin')
  await useOwnClientAddress(page)
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Enter an email address such as name@example.org')).toBeVisible()
  await page.getByLabel('Email').fill(admin.email)
  await page.getByLabel('Password').fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is not right.')
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'sign-in')

  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Curation' })).toBeVisible()
  const session = (await context.cookies()).find((c) => c.name.includes('session_token'))
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
  await expect(page.getByRole('banner').getByRole('link', { name: 'Admin' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'admin')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible()
})

test('sign-in is rate-limited per client', async ({ page }) => {
  const editor = await createAccount(db, 'editor')
  await useOwnClientAddress(page)
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password').fill('wrong password, again')
  const attempt = () =>
    Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/auth/sign-in/email')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ])
  for (let i = 0; i < 10; i++) {
    const [response] = await attempt()
    expect(response.status()).toBe(401)
  }
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is not right.')
  // The eleventh attempt within the minute is refused even with the right password.
  await page.getByLabel('Password').fill(PASSWORD)
  const [refused] = await attempt()
  expect(refused.status()).toBe(429)
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Too many sign-in attempts. Wait a minute, then try again.',
  )
})

test('an editor’s change waits as a draft until a reviewer approves it, then appears on the public page', async ({
  page,
  browser,
}) => {
  const law = await createLawFixture(db)
  const editor = await createAccount(db, 'editor')
  await signIn(page, editor)
  await page.goto(`/admin/jurisdictions?q=${law.code}`)
  await page.getByRole('link', { name: `${law.name} (${law.code})` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${law.name} (${law.code})` })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // A mistake first: the form says what is wrong, next to the field, and keeps what was typed.
  await page.getByLabel('Notes').fill('Federal structure; criminal law is national.')
  await page.getByLabel('Official source URL').fill('not a url')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('One field needs attention. Nothing was saved.')).toBeVisible()
  const url = page.getByLabel('Official source URL')
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page.locator(`#${await url.getAttribute('aria-describedby').then((ids) => ids!.split(' ').pop())}`),
  ).toHaveText('Use a full http(s) address')
  await expect(page.getByLabel('Notes')).toHaveValue('Federal structure; criminal law is national.')
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'edit-form-errors')

  await url.fill('https://example.org/constitution')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Submitted for review')
  await page.goto(`/jurisdictions/${law.code}`)
  await expect(page.getByText('Federal structure; criminal law is national.')).toHaveCount(0)
  await page.goto('/admin/review')
  await expect(page.getByRole('link', { name: `Update jurisdiction: ${law.code}` })).toBeVisible()

  const reviewerContext = await browser.newContext()
  const reviewerPage = await reviewerContext.newPage()
  const reviewer = await createAccount(db, 'reviewer')
  await signIn(reviewerPage, reviewer, '/admin/review')
  await expectNoSeriousA11yViolations(reviewerPage)
  await screenshot(reviewerPage, 'review-queue')
  await reviewerPage.getByRole('link', { name: `Update jurisdiction: ${law.code}` }).click()
  await expect(reviewerPage.getByRole('row', { name: /Notes.*Federal structure/ })).toBeVisible()
  await expectNoSeriousA11yViolations(reviewerPage)
  await screenshot(reviewerPage, 'review-request')
  await reviewerPage.getByLabel('Comment (required to reject)').fill('Checked against the constitution.')
  await reviewerPage.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(reviewerPage.getByRole('main').getByRole('status')).toHaveText(
    `Approved by ${reviewer.name}: “Checked against the constitution.”`,
  )
  await reviewerContext.close()

  await page.goto(`/jurisdictions/${law.code}`)
  await expect(page.getByText('Federal structure; criminal law is national.')).toBeVisible()
})

test('history shows a readable diff and restores an old version', async ({ page }) => {
  const law = await createLawFixture(db)
  const admin = await createAccount(db, 'admin')
  await signIn(page, admin)
  await page.goto(`/admin/jurisdictions?q=${law.code}`)
  await page.getByRole('link', { name: `${law.name} (${law.code})` }).click()
  await page.getByLabel(/^Name/).fill(`${law.name} Renamed`)
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved and published.')
  await expect(page.getByText('version 2')).toBeVisible()

  await page.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('row', { name: `Name ${law.name} ${law.name} Renamed` })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await screenshot(page, 'history-diff')
  // Rename once more, then bring back the first rename from the history.
  await page.goto(`/admin/jurisdictions?q=${law.code}`)
  await page.getByRole('link', { name: `${law.name} Renamed (${law.code})` }).click()
  await page.getByLabel(/^Name/).fill(`${law.name} Twice`)
  await page.getByRole('button', { name: 'Save and publish' }).click()
  await expect(page.getByText('version 3')).toBeVisible()
  await page.getByRole('link', { name: 'History' }).click()
  await page
    .getByRole('button', { name: /Restore this version/ })
    .first()
    .click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Restored.')
  await page.goto(`/jurisdictions/${law.code}`)
  await expect(page.getByRole('heading', { level: 1, name: `${law.name} Renamed` })).toBeVisible()
})

test('a save over a newer version is refused, shows the other change and overwrites nothing', async ({
  page,
  context,
}) => {
  const law = await createLawFixture(db)
  await signIn(page, await createAccount(db, 'reviewer'))
  await page.goto(`/admin/jurisdictions?q=${law.code}`)
  await page.getByRole('link', { name: `${law.name} (${law.code})` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${law.name} (${law.code})` })).toBeVisible()
  const editUrl = page.url()
  const other = await context.newPage()
  await other.goto(editUrl)

  await other.getByLabel('Notes').fill('Saved first, in another tab.')
  await other.getByRole('button', { name: 'Save and publish' }).click()
  await expect(other.getByRole('main').getByRole('status')).toHaveText('Saved and published.')

  await page.getByLabel('Notes').fill('Saved second, from the stale form.')
  await page.getByRole('button', { name: 'Save and publish' }).click()
  const alert = page.getByRole('main').getByRole('alert')
  await expect(alert).toContainText('This record was changed by')
  await expect(alert).toContainText('Nothing was saved')
  await expect(alert.getByRole('row', { name: /Notes.*Saved first, in another tab\./ })).toBeVisible()
  await expect(page.getByLabel('Notes')).toHaveValue('Saved second, from the stale form.')
  const row = await db.jurisdiction.findUniqueOrThrow({ where: { code: law.code } })
  expect(row).toMatchObject({ notes: 'Saved first, in another tab.', version: 2 })
})
