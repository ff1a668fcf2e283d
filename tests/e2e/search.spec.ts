import { expect, test } from '@playwright/test'
import { createSearchFixture } from '@/tests/support/search-fixtures'
import { expectNoSeriousA11yViolations } from './support/axe'
import { createAccount, signIn } from './support/curation-fixtures'
import { connectE2eDatabase, uniqueSuffix } from './support/database'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const fixture = () => createSearchFixture(db, uniqueSuffix().slice(-4))

test('results follow as you type, with the typo corrected and the match highlighted', async ({ page }) => {
  const f = await fixture()
  await page.goto(`/search?jurisdiction=${f.north.code}`)
  await expect(page.getByRole('heading', { level: 1, name: `Search within ${f.north.name}` })).toBeVisible()

  const box = page.getByLabel(`Search within ${f.north.name}`)
  await box.pressSequentially('groomng', { delay: 40 })
  await expect(page).toHaveURL(/q=groomng/)
  await expect(page).toHaveURL(new RegExp(`jurisdiction=${f.north.code}`))
  await expect(box).toBeFocused()
  await expect(page.getByText('Showing results for grooming')).toBeVisible()

  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('link', { name: 's. 3 — Online grooming' })).toBeVisible()
  // Markup in the law text is shown as text, and the matched word is marked.
  const markup = results.getByRole('listitem').filter({ hasText: 'Markup' })
  await expect(markup.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible()
  await expect(markup.locator('mark').first()).toHaveText(/grooming/i)
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: '“groomng”' }).click()
  await expect(page).toHaveURL(/exact=1/)
  await expect(page.getByText(/Nothing matches “groomng”/)).toBeVisible()
})

test('a synonym finds other wording; facets, sorting and pages live in the URL', async ({ page }) => {
  const f = await fixture()
  await page.goto(`/search?q=${encodeURIComponent('child pornography')}`)
  await expect(page.getByText('“child pornography” also finds its synonyms')).toBeVisible()

  const filters = page.getByRole('navigation', { name: 'Filter results' })
  await filters.getByRole('link', { name: new RegExp(`^${f.north.name} \\d+ results$`) }).click()
  await expect(page).toHaveURL(new RegExp(`jurisdiction=${f.north.code}`))
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('link', { name: 's. 4 — Indecent material' })).toBeVisible()
  await expect(results.getByRole('link', { name: 's. 5 — Reporting duty' })).toBeVisible()
  await expect(results.getByRole('link', { name: '“child sexual abuse material”' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Jurisdiction: .* \(remove this filter\)/ })).toBeVisible()
  await expect(filters.getByRole('link', { name: new RegExp(`${f.north.name}.*selected`) })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('navigation', { name: 'Sort results' }).getByRole('link', { name: 'Newest first' }).click()
  await expect(page).toHaveURL(/sort=newest/)
  await expect(page.getByRole('navigation', { name: 'Sort results' }).getByText('Newest first')).toHaveAttribute(
    'aria-current',
    'true',
  )

  await filters.getByRole('link', { name: /^Definitions \d+ results$/ }).click()
  await expect(page).toHaveURL(/type=definition/)
  await expect(page.getByRole('status').filter({ hasText: /^1 result$/ })).toBeVisible()
})

test('nothing found: says so and offers a wider search that finds something', async ({ page }) => {
  const f = await fixture()
  await page.goto(`/search?q=${encodeURIComponent('grooming zebracorn')}&jurisdiction=${f.north.code}`)
  await expect(page.getByRole('heading', { name: /Nothing matches “grooming zebracorn”/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Any of the words: grooming or zebracorn' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'Any of the words: grooming or zebracorn' }).click()
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 's. 3 — Online grooming' }),
  ).toBeVisible()
})

test('search is reachable from the profile, the header and the keyboard', async ({ page }) => {
  const f = await fixture()
  await page.goto(`/jurisdictions/${f.south.code}`)
  await page.getByRole('link', { name: `Search within ${f.south.name}` }).click()
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('link', { name: f.south.name })).toBeVisible()
  await expect(results.getByRole('link', { name: /Art\. 189 — Pornografía infantil/ })).toBeVisible()

  await page.getByRole('banner').getByLabel('Search the law').fill('sextortion')
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=sextortion/)
  await expect(page.getByRole('link', { name: 's. 6 — Threats' }).first()).toBeVisible()

  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('/')
  await expect(page.getByLabel('Search provisions, definitions, instruments and jurisdictions')).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(`"solicitation of children"`)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=%22solicitation\+of\+children%22/)
  await expect(
    page.getByRole('link', { name: 'Art. 183 — Solicitation of children for sexual purposes' }).first(),
  ).toBeVisible()
})

test('the API answers with the same parameters and refuses malformed ones', async ({ request }) => {
  const f = await fixture()
  const ok = await request.get(`/api/v1/search?q=child+pornography&jurisdiction=${f.south.code}`)
  expect(ok.status()).toBe(200)
  const body = (await ok.json()).data
  expect(body.total).toBe(1)
  expect(body.hits[0]).toMatchObject({
    type: 'provision',
    entityId: f.provisions.pornography,
    jurisdiction: f.south.code,
  })
  const { text, highlights } = body.hits[0].snippet
  expect(highlights.map((h: { start: number; end: number }) => text.slice(h.start, h.end).toLowerCase())).toContain(
    'pornography',
  )
  expect(body.facets.jurisdiction).toEqual([{ value: f.south.code, label: f.south.name, count: 1, selected: true }])

  for (const bad of ['q=x&limit=0', 'q=x&sort=random', 'q=x&bogus=1', 'q=x&jurisdiction=not-a-code', '']) {
    const response = await request.get(`/api/v1/search?${bad}`)
    expect(response.status(), bad).toBe(400)
    expect((await response.json()).errors[0].parameter).toMatch(/^(limit|sort|bogus|jurisdiction|q)$/)
  }
})

test('curators see the search index status: engine and backlog, no secrets', async ({ page }) => {
  await page.goto('/admin/search')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fsearch/)
  await signIn(page, await createAccount(db, 'editor'), '/admin/search')
  await expect(page.getByRole('heading', { level: 1, name: 'Search index' })).toBeVisible()
  await expect(page.getByText('Search is answered inside the database')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Changes waiting for the index' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('the empty search page offers examples and malformed parameters are ignored', async ({ page }) => {
  const response = await page.goto('/search?page=zero&kind=novel')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'Start with a word' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'age verification' }).click()
  await expect(page).toHaveURL(/q=age\+verification/)
})
