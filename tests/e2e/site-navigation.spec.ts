import { expect, test, type Page } from '@playwright/test'
import { siteSections } from '@/lib/domain/site-sections'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createLawFixture } from './support/fixtures'
import { createGapFixture } from './support/gaps-fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

/** Tabs from the top of the page and returns the href of every link in the main navigation reached. */
async function tabThroughNavigation(page: Page, presses = 60) {
  const reached: string[] = []
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab')
    const href = await page.evaluate(() => {
      const el = document.activeElement
      return el instanceof HTMLAnchorElement && el.closest('nav[aria-label="Main"]') ? el.getAttribute('href') : null
    })
    if (href) reached.push(href)
    if (reached.length === siteSections.length) break
  }
  return reached
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

test('the top navigation offers every section, each reachable by keyboard, and fits a phone', async ({ page }) => {
  test.setTimeout(180_000) // two axe scans and ~40 key presses on a shared, loaded machine
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const label of ['Standards', 'Crosswalks', 'API'])
    await expect(nav.getByRole('link', { name: label })).toBeVisible()
  expect(await tabThroughNavigation(page)).toEqual(siteSections.map((s) => s.href))
  // The focused link is followed with Enter.
  await nav.getByRole('link', { name: 'Standards' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/standards$/)
  await expect(nav.getByRole('link', { name: 'Standards' })).toHaveAttribute('aria-current', 'page')
  await nav.getByRole('link', { name: 'Crosswalks' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/crosswalks$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // On a 390 px phone: the menu opens from the keyboard, lists every section, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  expect(await noSidewaysScroll(page)).toBe(true)
  await nav.locator('summary').focus()
  await page.keyboard.press('Enter')
  for (const section of siteSections) await expect(nav.getByRole('link', { name: section.label })).toBeVisible()
  expect(await noSidewaysScroll(page)).toBe(true)
  expect(await tabThroughNavigation(page)).toEqual(siteSections.map((s) => s.href))
  await expectNoSeriousA11yViolations(page)
})

test('every page names an SVG icon that is served, and no icon request fails', async ({ page, request }) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (/icon|favicon/.test(new URL(response.url()).pathname) && response.status() >= 400) failed.push(response.url())
  })
  await page.goto('/jurisdictions')
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect(href).toMatch(/^\/icon\.svg/)
  const icon = await request.get(href!)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  expect(await icon.text()).toContain('<svg')
  expect(failed).toEqual([])
})

test('robots.txt keeps crawlers out of curation, accounts, drafts and the JSON API, and points to the sitemap', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/plain')
  const lines = (await response.text()).split('\n').map((l) => l.trim())
  expect(lines.map((l) => l.toLowerCase())).toContain('user-agent: *')
  for (const path of ['/admin', '/api/', '/drafts', '/saved', '/sign-in']) expect(lines).toContain(`Disallow: ${path}`)
  expect(lines).toContain('Allow: /')
  expect(lines).not.toContain('Disallow: /')
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('sitemap.xml is valid XML listing the public pages of the published data as absolute URLs', async ({
  page,
  request,
  baseURL,
}) => {
  const law = await createLawFixture(db)
  const gaps = await createGapFixture(db)
  const hidden = await createLawFixture(db)
  await db.jurisdiction.update({ where: { code: hidden.code }, data: { publicationState: 'DRAFT' } })

  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  await page.goto('/')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      locs: [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map(
        (l) => l.textContent ?? '',
      ),
    }
  }, xml)
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset')
  const locs = parsed.locs
  expect(locs.every((loc) => loc.startsWith(`${baseURL}/`))).toBe(true)
  expect(new Set(locs).size).toBe(locs.length)
  expect(locs).toEqual(
    expect.arrayContaining([
      `${baseURL}/`,
      `${baseURL}/standards`,
      `${baseURL}/crosswalks`,
      `${baseURL}/jurisdictions/${law.code}`,
      `${baseURL}/instruments${law.uri}`,
      `${baseURL}/treaties${gaps.treaty.uri}`,
      `${baseURL}/standards/${gaps.standard.slug}`,
    ]),
  )
  expect(locs).not.toContain(`${baseURL}/jurisdictions/${hidden.code}`)
  expect(locs).not.toContain(`${baseURL}/instruments${hidden.uri}`)
  expect(locs.some((loc) => /\/(admin|drafts|api\/)/.test(loc))).toBe(false)
  // What it lists are real pages.
  for (const loc of [`${baseURL}/jurisdictions/${law.code}`, `${baseURL}/standards/${gaps.standard.slug}`]) {
    expect((await request.get(loc)).status()).toBe(200)
  }
})
