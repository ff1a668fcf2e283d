import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { createCompareFixture } from './support/compare-fixtures'
import { connectE2eDatabase, uniqueSuffix } from './support/database'
import { createLawFixture } from './support/fixtures'
import { createGapFixture } from './support/gaps-fixtures'
import { pickJurisdiction } from './support/picker'

/**
 * Issue 19, items 1 and 2: picking jurisdictions by typing (a combobox, groups in one action,
 * few keystrokes, no JavaScript needed) and reading a comparison without a nested scroll box
 * (sticky against the page, answer rows first, stacked on phones, nothing wider than a phone).
 */
const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/issue-19-${name}.png`, fullPage: true })

/** Presses keys and types text, counting every key press. */
function keyboard(page: Page) {
  let count = 0
  return {
    press: async (key: string) => {
      count++
      await page.keyboard.press(key)
    },
    type: async (text: string) => {
      count += text.length
      await page.keyboard.type(text)
    },
    get count() {
      return count
    },
  }
}

/** The page is no wider than the window: nothing scrolls sideways. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('two jurisdictions picked by typing and the comparison reached in under 15 keystrokes from the page top', async ({
  page,
}) => {
  const suffix = uniqueSuffix().slice(-3)
  const quokka = await createLawFixture(db, { name: `Quokka ${suffix}` })
  const wombat = await createLawFixture(db, { name: `Wombat ${suffix}` })
  await page.goto('/compare')
  const box = page.getByRole('combobox', { name: /^Jurisdictions/ })
  await expect(box).toBeVisible() // hydrated: the combobox replaced the checkboxes

  const keys = keyboard(page)
  await keys.press('Tab') // "Skip to content"
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await keys.press('Enter')
  for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++) await keys.press('Tab')
  await expect(box).toBeFocused()
  await keys.type('qu')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  const first = page.getByRole('option').first()
  await expect(first).toHaveText(new RegExp(`^${quokka.name}`))
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
  await keys.press('Enter')
  await keys.type('wo')
  await expect(page.getByRole('option').first()).toHaveText(new RegExp(`^${wombat.name}`))
  await keys.press('Enter')
  const chosen = page.getByRole('list', { name: 'Chosen jurisdictions' })
  await expect(chosen.getByRole('listitem')).toHaveText([quokka.name, wombat.name].map((n) => new RegExp(n)))
  await keys.press('Enter') // an empty field with the list closed submits the form
  await expect(page).toHaveURL(new RegExp(`j=${quokka.code}&j=${wombat.code}`))
  await expect(page.getByRole('table', { name: new RegExp(`${quokka.name}, ${wombat.name}`) })).toBeVisible()
  expect(keys.count).toBeLessThan(15)
})

test('the combobox: arrows, Escape, Backspace, removable chips, a whole organisation in one action, state in the URL', async ({
  page,
}) => {
  const fx = await createGapFixture(db)
  await page.goto('/compare/ages')
  const box = page.getByRole('combobox', { name: /^Jurisdictions/ })
  await box.fill(fx.suffix)
  // Both states carry the suffix; the organisation's members come as one suggestion.
  const options = page.getByRole('option')
  await expect(options.filter({ hasText: fx.alpha.name })).toHaveCount(1)
  await expect(options.filter({ hasText: `All members of ${fx.org.name}` })).toHaveCount(1)
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowUp')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Escape')
  await expect(box).toHaveValue('')

  await box.fill(fx.org.name)
  await page.getByRole('option', { name: new RegExp(`^All members of ${fx.org.name}`) }).click()
  const chips = page.getByRole('list', { name: 'Chosen jurisdictions' }).getByRole('listitem')
  await expect(chips).toHaveText([new RegExp(fx.alpha.name)])
  await pickJurisdiction(page, fx.beta.name)
  await expect(chips).toHaveCount(2)
  await box.focus()
  await page.keyboard.press('Backspace') // empty field: removes the last chip
  await expect(chips).toHaveCount(1)
  await pickJurisdiction(page, fx.beta.name)
  await page.getByRole('button', { name: `Remove ${fx.alpha.name}` }).click()
  await expect(chips).toHaveText([new RegExp(fx.beta.name)])
  await expect(box).toBeFocused()
  await pickJurisdiction(page, fx.alpha.name)
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(new RegExp(`/compare/ages\\?j=${fx.beta.code}&j=${fx.alpha.code}$`))
  await expect(page.getByRole('table', { name: 'Age benchmarks by jurisdiction' })).toBeVisible()

  // The same picker narrows the gap matrix, and the choice is in the shareable address.
  await page.goto(`/gaps?standard=${fx.standard.slug}`)
  await pickJurisdiction(page, fx.gamma.name, /^Only these jurisdictions/)
  await page.getByRole('button', { name: 'Show matrix' }).click()
  await expect(page).toHaveURL(new RegExp(`j=${fx.gamma.code}`))
  await expect(page.getByRole('status').filter({ hasText: 'shown, as of' })).toContainText('1 jurisdiction shown')
  await expect(page.getByRole('list', { name: 'Chosen jurisdictions' })).toContainText(fx.gamma.name)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the picker is a plain list of checkboxes that submits the same address', async ({ page }) => {
    const fx = await createCompareFixture(db)
    await page.goto('/compare/ages')
    await expect(page.getByRole('combobox')).toHaveCount(0)
    await page.getByRole('checkbox', { name: new RegExp(fx.alpha.name) }).check()
    await page.getByRole('checkbox', { name: new RegExp(fx.beta.name) }).check()
    await page.getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(new RegExp(`/compare/ages\\?j=${fx.alpha.code}&j=${fx.beta.code}`))
    await expect(page.getByRole('table', { name: 'Age benchmarks by jurisdiction' })).toBeVisible()
  })
})

test('a comparison scrolls with the page: no scroll box, every column on screen, header sticks, features first', async ({
  page,
}) => {
  const fx = await createCompareFixture(db)
  await page.setViewportSize({ width: 1400, height: 400 })
  await page.goto(
    `/compare?j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=topic&topic=${fx.topics.root}&col=${encodeURIComponent(fx.treaty.uri)}`,
  )
  const table = page.getByRole('table', { name: new RegExp(fx.topics.rootName) })
  await expect(table.getByRole('columnheader')).toHaveCount(5)
  const boxes = await table.evaluate((el) => {
    const clipped: string[] = []
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clipped.push(node.tagName)
    }
    return clipped.filter((tag) => tag !== 'HTML' && tag !== 'BODY')
  })
  expect(boxes).toEqual([])
  for (const header of await table.getByRole('columnheader').all()) {
    const box = (await header.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(1400)
  }
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0)
  // Scrolled down the page, the header row is still at the top of the window.
  const top = await table.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
  await page.evaluate((y) => window.scrollTo(0, y + 150), top)
  const header = await table.getByRole('columnheader').first().boundingBox()
  expect(Math.abs(header!.y)).toBeLessThan(2)

  // Definitions: the feature rows (the answer) come first, the full texts last.
  await page.goto(`/compare/definitions?concept=csam&j=${fx.alpha.code}&j=${fx.beta.code}`)
  const definitions = page.getByRole('table', { name: /Definitions of Child sexual abuse material/ })
  const rowHeaders = await definitions.getByRole('rowheader').allTextContents()
  expect(rowHeaders.length).toBeGreaterThan(2)
  expect(rowHeaders.at(-1)).toBe('Definition')
  expect(rowHeaders[0]).not.toBe('Definition')
  // Ages: each jurisdiction's consistency verdict is the first column after its name.
  await page.goto(`/compare/ages?j=${fx.alpha.code}&j=${fx.beta.code}`)
  const ages = page.getByRole('table', { name: 'Age benchmarks by jurisdiction' })
  await expect(ages.getByRole('columnheader').nth(1)).toHaveText('Consistency check')
  await expect(
    ages
      .getByRole('row', { name: new RegExp(fx.alpha.name) })
      .getByRole('cell')
      .first(),
  ).toContainText(/tension/)
})

test('on a 390 px phone a comparison is a stack of cards, each cell naming its column', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/compare?j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=topic&topic=${fx.topics.root}`)
  const table = page.getByRole('table', { name: new RegExp(fx.topics.rootName) })
  const row = table.getByRole('row', { name: new RegExp(fx.topics.groomingName) })
  const cell = row.getByRole('cell').first()
  await expect(cell).toBeVisible()
  expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('block')
  expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${fx.alpha.name}"`)
  const width = await row.evaluate((el) => el.getBoundingClientRect().width)
  expect(width).toBeLessThanOrEqual(390)
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0)
  await expectNoSeriousA11yViolations(page)
  await shot(page, 'compare-phone')
})

test('every public page fits a 390 px phone without sideways scrolling', async ({ page }) => {
  test.setTimeout(240_000)
  const fx = await createGapFixture(db)
  const cmp = await createCompareFixture(db)
  const law = await createLawFixture(db)
  const j = `j=${cmp.alpha.code}&j=${cmp.beta.code}&j=${cmp.gamma.code}`
  // Every page under app/ that a reader reaches without signing in (admin, drafts and setup need an account).
  const pages = [
    '/',
    '/jurisdictions',
    '/jurisdictions?law=all',
    `/jurisdictions/${fx.alpha.code}`,
    `/jurisdictions/${fx.alpha.code}/gaps`,
    '/instruments',
    `/instruments${law.uri}`,
    '/search?q=child',
    '/compare',
    `/compare?${j}&by=topic&topic=${cmp.topics.root}&col=${encodeURIComponent(cmp.treaty.uri)}`,
    `/compare?${j}&by=criterion&criterion=${cmp.criterion}`,
    '/compare/definitions',
    `/compare/definitions?concept=csam&${j}`,
    `/compare/ages?${j}`,
    `/compare/diff?a=${cmp.provisions.alphaGrooming.id}&b=${cmp.provisions.betaGrooming.id}`,
    '/standards',
    `/standards/${fx.standard.slug}`,
    '/gaps',
    `/gaps?standard=${fx.standard.slug}`,
    '/treaties',
    `/treaties${fx.treaty.uri}`,
    '/ages',
    '/readiness',
    `/readiness?j=${fx.alpha.code}&treaty=${encodeURIComponent(fx.treaty.uri)}`,
    '/crosswalks',
    '/drafts',
    '/about/data',
    '/api',
    '/sign-in',
  ]
  await page.setViewportSize({ width: 390, height: 844 })
  const wide: string[] = []
  for (const path of pages) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBeLessThan(400)
    const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }))
    if (sizes.scroll > sizes.inner) wide.push(`${path}: ${sizes.scroll} px`)
  }
  expect(wide).toEqual([])
})

test('a treaty page lists the first 25 participants, then all of them on request, the map below', async ({
  page,
  request,
}) => {
  const fx = await createGapFixture(db)
  const treaty = await db.instrument.findUniqueOrThrow({ where: { uri: fx.treaty.uri }, select: { id: true } })
  const suffix = uniqueSuffix().slice(-3)
  for (let i = 0; i < 30; i++) {
    const state = await db.jurisdiction.create({
      data: {
        code: `XP-${suffix.slice(-1)}${String(i).padStart(2, '0')}`,
        name: `Partyland ${suffix} ${i}`,
        kind: 'STATE',
      },
    })
    await db.treatyAction.create({
      data: {
        treatyId: treaty.id,
        jurisdictionId: state.id,
        action: 'RATIFICATION',
        actionDate: new Date('2020-01-01'),
      },
    })
  }
  await page.goto(`/treaties${fx.treaty.uri}`)
  const table = page.getByRole('table', { name: /Participants, their signature/ })
  await expect(table.locator('tbody tr')).toHaveCount(25)
  await expect(page.getByText(/^25 of 32 participants/)).toBeVisible()
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
  expect(headings.findIndex((h) => h.startsWith('Participants'))).toBeLessThan(
    headings.findIndex((h) => h.startsWith('Map of parties')),
  )
  await page.getByRole('link', { name: 'Show all 32 participants' }).click()
  await expect(page).toHaveURL(/show=all/)
  await expect(table.locator('tbody tr')).toHaveCount(32)
  const cut = (await (await request.get(`/treaties${fx.treaty.uri}`)).body()).length
  const full = (await (await request.get(`/treaties${fx.treaty.uri}?show=all`)).body()).length
  expect(cut).toBeLessThan(full)
})

test('/jurisdictions lists those with law by default, sorts by any column, and shows all in one click', async ({
  page,
}) => {
  const suffix = uniqueSuffix().slice(-3)
  const few = await createLawFixture(db, { name: `Sortland ${suffix} A` })
  const empty = await db.jurisdiction.create({
    data: { code: `XS-${suffix}`, name: `Sortland ${suffix} Z`, kind: 'STATE' },
  })
  await page.goto(`/jurisdictions?q=Sortland ${suffix}`)
  const table = page.getByRole('table', { name: 'Jurisdictions' })
  await expect(table.getByRole('rowheader')).toHaveText([new RegExp(few.name)])
  await page.getByRole('link', { name: /Show all \d+ jurisdictions/ }).click()
  await expect(page).toHaveURL(/law=all/)
  await expect(table.getByRole('rowheader')).toHaveText([new RegExp(few.name), new RegExp(empty.name)])
  await table.getByRole('link', { name: /^Instruments/ }).click()
  await expect(page).toHaveURL(/sort=instruments&dir=desc/)
  await expect(table.getByRole('columnheader', { name: /^Instruments/ })).toHaveAttribute('aria-sort', 'descending')
  // Each click is a navigation: wait for the first to land before clicking the new link.
  await table.getByRole('link', { name: /^Name/ }).click()
  await expect(page).toHaveURL(/\?q=Sortland[^&]*&law=all$/) // name ascending is the default, left out
  await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending')
  await table.getByRole('link', { name: /^Name/ }).click()
  await expect(page).toHaveURL(/\?q=Sortland.*&law=all&dir=desc$/)
  await expect(table.getByRole('rowheader')).toHaveText([new RegExp(empty.name), new RegExp(few.name)])
  await expectNoSeriousA11yViolations(page)
})
