import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createGapFixture } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a treaty page shows its participants table, reservations by article, counts and a world map', async ({
  page,
}) => {
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

  // The participants table, like the depositary's: signature, consent, partial dates kept partial.
  await expect(page.getByText('1 party recorded (the depositary’s status date is not recorded)')).toBeVisible()
  await expect(page.getByText('Status last verified').locator('xpath=following-sibling::dd[1]')).toHaveText(
    '15 January 2025',
  )
  const table = page.getByRole('table', { name: /Participants, their signature/ })
  const alpha = table.getByRole('row', { name: new RegExp(fx.alpha.name) })
  await expect(alpha.getByRole('cell').nth(0)).toContainText('25 October 2007')
  await expect(alpha.getByRole('cell').nth(1)).toContainText('1 March 2012')
  await expect(alpha.getByRole('link', { name: /Reservation, art\. 20\(3\), 20\(1\)\(a\)/ })).toBeVisible()
  const beta = table.getByRole('row', { name: new RegExp(fx.beta.name) })
  await expect(beta.getByRole('cell').nth(0)).toContainText('May 2019')

  // Sorting and the organisation filter live in the URL.
  const signatureSort = table.getByRole('columnheader', { name: /Signature/ }).getByRole('link')
  await signatureSort.click()
  await expect(page).toHaveURL(/sort=signature/)
  await expect(table.getByRole('row').nth(1)).toContainText(fx.alpha.name)
  // The URL changes before the new page arrives: wait for the re-rendered header before sorting again.
  await expect(table.getByRole('columnheader', { name: /Signature/ })).toHaveAttribute('aria-sort', 'ascending')
  await signatureSort.click()
  await expect(page).toHaveURL(/dir=desc/)
  await expect(table.getByRole('row').nth(1)).toContainText(fx.beta.name)
  await page.getByLabel('Members of').selectOption(fx.org.code)
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(new RegExp(`org=${fx.org.code}`))
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).not.toContainText(fx.beta.name)

  // CSV export of what is shown: partial dates stay partial.
  const csv = await (
    await page.request.get((await page.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '')
  ).text()
  expect(csv).toContain(`${fx.alpha.code},${fx.alpha.name},party,2007-10-25,2012-03-01,ratification`)
  expect(csv).not.toContain(fx.beta.name)
  const json = await (
    await page.request.get(`/treaties/export?treaty=${encodeURIComponent(fx.treaty.uri)}&format=json`)
  ).json()
  expect(
    json.data.participants.find((p: { participant: { code: string } }) => p.participant.code === fx.beta.code).signature
      .date,
  ).toBe('2019-05')

  await expect(page.getByRole('heading', { name: 'Article 20(3)' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Article 20(3)' })).toContainText(
    'reserves the right not to apply article 20(1)(a)',
  )
  await expectNoSeriousA11yViolations(page)

  await page.getByLabel('Status as of').fill('2010-01-01')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('heading', { name: 'Status on 2010-01-01' })).toBeVisible()
  await expect(counts).toContainText('0 parties')
  await expect(page.getByText('0 parties on 1 January 2010')).toBeVisible()
})

test('the participants table fits a phone without sideways scrolling', async ({ page }) => {
  const fx = await createGapFixture(db)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/treaties${fx.treaty.uri}`)
  await expect(page.getByRole('table', { name: /Participants, their signature/ })).toContainText(fx.alpha.name)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('an unknown treaty address is a 404', async ({ page }) => {
  expect((await page.goto('/treaties/akn/zz/treaty/1900/none'))?.status()).toBe(404)
  expect((await page.goto('/treaties/not-a-uri'))?.status()).toBe(404)
})
