import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createEmptyJurisdiction, createLawFixture } from './support/fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

test('a researcher finds a jurisdiction, reads its profile and opens a provision', async ({ page }) => {
  const law = await createLawFixture(db)

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('laws that protect children online')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: 'Browse jurisdictions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jurisdictions' })).toBeVisible()
  await page.getByLabel('Name or code').fill(law.name)
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(law.name).replace(/%20/g, '\\+')}`))
  await expect(page.getByRole('status')).toHaveText('1 jurisdiction with law recorded matches these filters.')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: law.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: law.name })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Instruments \(1\)/ })).toBeVisible()
  await expect(page.getByText('a person under the age of 18 years')).toBeVisible()
  await expect(page.getByRole('row', { name: /Age of sexual consent 16/ })).toBeVisible()
  await expect(page.getByText('No treaty action of')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: law.instrumentTitle }).click()
  await expect(page.getByRole('heading', { level: 1, name: law.instrumentTitle })).toBeVisible()
  const provision = page.locator('#part_1__sec_3')
  await expect(provision.getByRole('heading', { name: 's. 3 — Online grooming' })).toBeVisible()
  await expect(provision.getByText('Verbatim text')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Every provision has a deep link that can be shared.
  await page.goto(`/instruments${law.uri}#part_1__sec_3`)
  await expect(page.locator('#part_1__sec_3')).toBeInViewport()
})

test('filters live in the URL and an empty result says what to do', async ({ page }) => {
  const law = await createLawFixture(db)
  await page.goto(`/jurisdictions?region=150&kind=state&q=${encodeURIComponent(law.name)}`)
  await expect(page.getByRole('link', { name: law.name })).toBeVisible()
  await expect(page.getByLabel('Region')).toHaveValue('150')
  await expect(page.getByLabel('Kind')).toHaveValue('state')

  await page.goto('/jurisdictions?q=no-such-place-anywhere&kind=nonsense')
  await expect(page.getByText('No jurisdiction matches these filters.')).toBeVisible()
  await expect(page.getByLabel('Kind')).toHaveValue('')
})

test('an empty profile says so plainly in every section', async ({ page }) => {
  const empty = await createEmptyJurisdiction(db)
  await page.goto(`/jurisdictions/${empty.code.toLowerCase()}`)
  await expect(page.getByRole('heading', { level: 1, name: empty.name })).toBeVisible()
  for (const text of ['No instrument of', 'No legal definition of', 'No age benchmark of', 'No treaty action of']) {
    await expect(page.getByText(`${text} ${empty.name}`)).toBeVisible()
  }
})

test('unknown addresses get a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/jurisdictions/QQ-ZZZ')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Browse all jurisdictions' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  const instrument = await page.goto('/instruments/akn/zz/act/1900/1')
  expect(instrument?.status()).toBe(404)
})

test('the instruments list finds an instrument by title and kind', async ({ page }) => {
  const law = await createLawFixture(db)
  await page.goto('/instruments')
  await expect(page.getByRole('heading', { level: 1, name: 'Instruments' })).toBeVisible()
  await page.getByLabel('Title or citation').fill(law.instrumentTitle)
  await page.getByLabel('Kind').selectOption('statute')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page.getByRole('status')).toHaveText('1 instrument matches these filters.')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: law.instrumentTitle }).click()
  await expect(page).toHaveURL(new RegExp(`/instruments${law.uri}$`))

  await page.goto(`/instruments?q=${encodeURIComponent(law.instrumentTitle)}&kind=treaty&page=abc`)
  await expect(page.getByText('No instrument matches these filters.')).toBeVisible()
})

test('on a phone the main navigation folds into a menu that marks the current section', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/jurisdictions')
  const nav = page.getByRole('navigation', { name: 'Main' })
  // Folded: one "Menu" control, naming where the reader is, and no link row taking the screen.
  await expect(nav.getByRole('link', { name: 'Treaties' })).toBeHidden()
  const menu = nav.locator('summary')
  await expect(menu).toHaveText('Menu · Jurisdictions')
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(nav.getByRole('link', { name: 'Jurisdictions' })).toHaveAttribute('aria-current', 'page')
  await expectNoSeriousA11yViolations(page)
  await nav.getByRole('link', { name: 'Treaties' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Treaties/ })).toBeVisible()
  // Following a link closes the menu again.
  await expect(nav.getByRole('link', { name: 'Ages' })).toBeHidden()
  await expect(menu).toHaveText('Menu · Treaties')

  // From small tablets up the links are a row, with the current one marked.
  await page.setViewportSize({ width: 1024, height: 800 })
  await expect(nav.locator('summary')).toBeHidden()
  await expect(nav.getByRole('link', { name: 'Treaties' })).toHaveAttribute('aria-current', 'page')
})
