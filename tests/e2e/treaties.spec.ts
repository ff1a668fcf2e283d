import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createGapFixture } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a treaty page shows timelines, reservations by article, counts and a world map', async ({ page }) => {
  const fx = await createGapFixture(db)
  await page.goto('/treaties')
  await expect(page.getByRole('heading', { level: 1, name: 'Treaties' })).toBeVisible()
  await page.getByRole('link', { name: fx.treaty.title }).click()
  await expect(page).toHaveURL(`/treaties${fx.treaty.uri}`)
  await expect(page.getByRole('heading', { level: 1, name: fx.treaty.title })).toBeVisible()

  const counts = page.getByRole('list', { name: 'Counts' })
  await expect(counts).toContainText('1 party')
  await expect(counts).toContainText('1 signatory (signed only)')
  // Recorded actions are not the depositary's full list, and the page says so.
  await expect(page.getByText('a jurisdiction with no recorded action may still have signed or ratified')).toBeVisible()

  const map = page.getByRole('img', { name: new RegExp(`${fx.treaty.title}: status by state`) })
  await expect(map).toBeVisible()
  expect(await map.locator('path').count()).toBeGreaterThan(150)
  await expect(map.locator('path[data-m49="040"] title')).toHaveText(/party since 1 March 2012/)
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Party (ratified, acceded …) (1)')
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('No action recorded by this date')

  const alpha = page.getByRole('row', { name: new RegExp(fx.alpha.name) })
  await expect(alpha.getByText('Ratification — 1 March 2012')).toBeVisible()
  await expect(alpha.getByRole('cell', { name: '15 January 2025' })).toBeVisible()
  const beta = page.getByRole('row', { name: new RegExp(fx.beta.name) })
  await expect(beta.getByText('Signature — May 2019')).toBeVisible()

  await expect(page.getByRole('heading', { name: 'Article 20(3)' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Article 20(3)' })).toContainText('reserves the right not to apply article 20(1)(a)')
  await expectNoSeriousA11yViolations(page)

  await page.getByLabel('Status as of').fill('2010-01-01')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('heading', { name: 'Status on 2010-01-01' })).toBeVisible()
  await expect(alpha.getByRole('cell', { name: 'Signatory' })).toBeVisible()
  await expect(counts).toContainText('0 parties')
})

test('an unknown treaty address is a 404', async ({ page }) => {
  expect((await page.goto('/treaties/akn/zz/treaty/1900/none'))?.status()).toBe(404)
  expect((await page.goto('/treaties/not-a-uri'))?.status()).toBe(404)
})
