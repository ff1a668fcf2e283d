import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * Every route (found by walking app/, so new routes are covered without editing this file),
 * with hostile values in its dynamic segments and its query string, answers below 500: a 400
 * or a 404 (or a page saying what is wrong), never a server error. Signed out, so admin routes
 * answer their redirect or 401/403 — also not a 5xx.
 */
function routeTemplates(dir = 'app', prefix = ''): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = entry.name.startsWith('(') || entry.name.startsWith('_') ? null : entry.name
      if (entry.name.startsWith('_')) continue
      found.push(...routeTemplates(path.join(dir, entry.name), segment ? `${prefix}/${segment}` : prefix))
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) found.push(prefix || '/')
  }
  return found
}

const hostileSegments = [
  '%',
  '%ff',
  'a%00b',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  `${'x'.repeat(3000)}`,
  '%3Cscript%3E',
  "'%20OR%201=1--",
]
const hostileQuery = [
  'q=%ff',
  'j=%00',
  'jurisdiction=%E0%A4%A',
  'date=9999-99-99',
  'page=99999999999999999999',
  'cursor=%ff%fe',
]

function fill(template: string, value: string) {
  return template.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, value)
}

const templates = routeTemplates()

test('route discovery sees the app', () => {
  expect(templates).toContain('/jurisdictions/[code]')
  expect(templates.length).toBeGreaterThan(30)
})

test('no malformed path or query makes any route answer 5xx', async ({ request }) => {
  test.setTimeout(600_000)
  const failures: string[] = []
  const urls = new Set<string>()
  for (const template of templates) {
    if (template.includes('[')) for (const value of hostileSegments) urls.add(fill(template, value))
    for (const query of hostileQuery) urls.add(`${fill(template, 'x')}?${query}`)
  }
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false })
    if (response.status() >= 500) failures.push(`${response.status()} GET ${url.slice(0, 120)}`)
  }
  expect(failures, `${failures.length} of ${urls.size} requests answered 5xx`).toEqual([])
})

test('a path that does not decode is a 400 with a plain explanation (problem details under /api)', async ({
  request,
}) => {
  const page = await request.get('/jurisdictions/%', { failOnStatusCode: false })
  expect(page.status()).toBe(400)
  expect(await page.text()).toContain('not a valid URL path')
  const api = await request.get('/api/admin/export/%E0%A4%A', { failOnStatusCode: false })
  expect(api.status()).toBe(400)
  expect(api.headers()['content-type']).toContain('application/problem+json')
  expect((await api.json()).status).toBe(400)
})

test('the import route answers Origin: null with 403, not 500', async ({ request }) => {
  const response = await request.post('/api/admin/import', {
    headers: { origin: 'null' },
    multipart: { format: 'csv' },
    failOnStatusCode: false,
  })
  expect(response.status()).toBe(403)
})
