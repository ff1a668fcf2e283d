import { expect, test, type Page } from '@playwright/test'
import { recordTypeKeys } from '@/lib/schemas/records'
import { createCompareFixture } from './support/compare-fixtures'
import { createAccount, signIn } from './support/curation-fixtures'
import { connectE2eDatabase } from './support/database'

/**
 * Issue 18 item 4, decision 1011: every page carries a Content-Security-Policy with a nonce of
 * its own and no 'unsafe-inline' script, and no page (public or admin) trips it: the browser's
 * `securitypolicyviolation` events and console are watched on each.
 */
const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

type Violation = { directive: string; blocked: string; sample: string }

async function watchViolations(page: Page) {
  const found: string[] = []
  // Init scripts are run by the browser's devtools protocol, which CSP does not restrict.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    )
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text())
  })
  return async (path: string) => {
    const response = await page.goto(path)
    expect(response?.status(), path).toBeLessThan(400)
    const policy = (await response!.allHeaders())['content-security-policy'] ?? ''
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/)
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    // Next.js's own scripts ran (they carry the nonce): the page is hydrated.
    await page.waitForLoadState('load')
    await expect
      .poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f)), {
        message: path,
      })
      .toBe(true)
    const violations = await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp)
    expect([...violations.map((v) => `${v.directive} ${v.blocked} ${v.sample}`), ...found], path).toEqual([])
    found.length = 0
  }
}

test('public pages carry a nonce policy and trip none of it', async ({ page, request }) => {
  test.setTimeout(240_000)
  const f = await createCompareFixture(db)
  const instrument = await db.instrument.findFirstOrThrow({
    where: { jurisdiction: { code: f.alpha.code } },
    select: { uri: true },
  })
  const standard = f.criterion.split('/')[0]
  const visit = await watchViolations(page)
  const j = `j=${f.alpha.code}&j=${f.beta.code}`
  for (const path of [
    '/',
    '/jurisdictions',
    `/jurisdictions/${f.alpha.code}`,
    `/jurisdictions/${f.alpha.code}/gaps`,
    '/instruments',
    `/instruments${instrument.uri}`,
    '/search?q=grooming',
    '/compare',
    `/compare?${j}`,
    `/compare/definitions?${j}`,
    `/compare/ages?${j}`,
    '/compare/diff',
    '/standards',
    `/standards/${standard}`,
    '/gaps',
    `/gaps?standard=${standard}`,
    '/treaties',
    `/treaties${f.treaty.uri}`,
    '/ages',
    '/readiness',
    '/crosswalks',
    '/drafts',
    '/about/data',
    '/api',
    '/sign-in',
  ])
    await visit(path)

  // A new nonce on every request; data answers get the no-script policy.
  const [a, b] = await Promise.all([request.get('/'), request.get('/')])
  const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1]
  expect(nonceOf(a.headers()['content-security-policy'])).toBeTruthy()
  expect(nonceOf(a.headers()['content-security-policy'])).not.toBe(nonceOf(b.headers()['content-security-policy']))
  const api = await request.get(`/api/v1/jurisdictions/${f.alpha.code}`)
  expect(api.headers()['content-security-policy']).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  )
})

test('admin pages and a signed-in user’s pages trip no policy either', async ({ page }) => {
  test.setTimeout(240_000)
  const admin = await createAccount(db, 'admin')
  await signIn(page, admin, '/admin')
  const visit = await watchViolations(page)
  const jurisdiction = await db.jurisdiction.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } })
  for (const path of [
    '/admin',
    ...recordTypeKeys.map((type) => `/admin/${type}`),
    '/admin/jurisdictions/new',
    `/admin/jurisdictions/${jurisdiction.id}`,
    `/admin/jurisdictions/${jurisdiction.id}/history`,
    '/admin/review',
    '/admin/audit',
    '/admin/import',
    '/admin/export',
    '/admin/users',
    '/admin/search',
    '/admin/sources',
    '/drafts',
    '/drafts/new',
    '/saved',
  ])
    await visit(path)
})
