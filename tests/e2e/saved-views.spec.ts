import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { createCompareFixture } from './support/compare-fixtures'
import { createAccount, signIn } from './support/curation-fixtures'
import { connectE2eDatabase } from './support/database'

/** Issue 17 item 4: a signed-in user saves a comparison and sees what changed since they last looked. */
const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a reader saves a comparison, sees the changes since they last looked, renames and deletes it', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const f = await createCompareFixture(db)
  const reader = await createAccount(db, 'viewer')
  const comparison = `/compare?j=${f.alpha.code}&j=${f.beta.code}`

  await page.goto(comparison)
  await expect(page.getByRole('link', { name: 'Sign in to save this view' })).toBeVisible()
  await signIn(page, reader, comparison)

  await page.getByText('Save this view').click()
  const name = page.getByLabel('Name of the view')
  await expect(name).toHaveValue(`Compare ${f.alpha.code}, ${f.beta.code}`)
  await name.fill('')
  await page.getByRole('button', { name: 'Save view' }).click()
  await expect(page.getByText('Give the view a name')).toBeVisible()
  await name.fill('Alpha and beta')
  await page.getByRole('button', { name: 'Save view' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “Alpha and beta”' })).toBeVisible()

  await page.getByRole('banner').getByRole('link', { name: 'Saved views' }).click()
  await expect(page).toHaveURL(/\/saved$/)
  const card = page.getByRole('article', { name: 'Alpha and beta' })
  await expect(card.getByText('No published changes since you last looked.')).toBeVisible()

  // A curator publishes a change to one of the view's jurisdictions (the revision history is the
  // source of GET /api/v1/changes).
  const alpha = await db.jurisdiction.findUniqueOrThrow({ where: { code: f.alpha.code } })
  await db.revision.create({
    data: {
      entityType: 'Jurisdiction',
      entityId: alpha.id,
      action: 'UPDATE',
      before: { code: alpha.code, name: 'Old Alphaland', publicationState: 'PUBLISHED' },
      after: { code: alpha.code, name: alpha.name, publicationState: 'PUBLISHED' },
      actor: 'seed',
    },
  })
  await page.reload()
  await expect(card.getByText('1 change since you last looked')).toBeVisible()
  await card.getByText('Show it').click()
  await expect(card.getByText(`Jurisdiction updated: ${alpha.name} (changed: name)`)).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.setViewportSize({ width: 390, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.setViewportSize({ width: 1280, height: 800 })

  // Opening the view marks it seen.
  await card.getByRole('button', { name: 'Open Alpha and beta' }).click()
  await expect(page).toHaveURL(new RegExp(`/compare\\?j=${f.alpha.code}&j=${f.beta.code}&by=topic$`))
  await page.goto('/saved')
  await expect(card.getByText('No published changes since you last looked.')).toBeVisible()

  await card.getByText('Rename or delete').click()
  await card.getByLabel('New name').fill('Two states')
  await card.getByRole('button', { name: 'Rename' }).click()
  const renamed = page.getByRole('article', { name: 'Two states' })
  await expect(renamed).toBeVisible()
  // The rename/delete panel stays open across the rename (same element, re-rendered).
  const remove = renamed.getByRole('button', { name: 'Delete Two states' })
  if (!(await remove.isVisible())) await renamed.getByText('Rename or delete').click()
  await remove.click()
  await expect(page.getByText('You have no saved views yet.')).toBeVisible()
})
