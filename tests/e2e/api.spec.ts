import { expect, test } from '@playwright/test'
import { apiRoutes } from '@/lib/schemas/api/routes'
import { expectNoSeriousA11yViolations } from './support/axe'
import { connectE2eDatabase } from './support/database'
import { createLawFixture } from './support/fixtures'

const db = connectE2eDatabase()
test.afterAll(async () => {
  await db.$disconnect()
})

const code = () =>
  `QA${Array.from({ length: 4 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('')}`

test('a developer reads the API page and the OpenAPI document', async ({ page, request }) => {
  await page.goto('/api')
  await expect(page.getByRole('heading', { level: 1, name: 'Public API' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Parameters of /api/v1/instruments', exact: true })).toContainText(
    'inForceOn',
  )
  await expect(page.getByRole('heading', { level: 3, name: 'GET /api/v1/treaties/{uri}/status' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  const document = await (await request.get('/api/v1/openapi.json')).json()
  expect(document.openapi).toBe('3.1.0')
  expect(Object.keys(document.paths).sort()).toEqual(apiRoutes.map((r) => r.path).sort())
})

test('the running server caches, revalidates and moves on when another process commits', async ({ request }) => {
  const c = code()
  await db.jurisdiction.create({ data: { code: c, name: `Cacheland ${c}`, kind: 'STATE' } })
  const first = await request.get(`/api/v1/jurisdictions/${c}`)
  expect(first.status()).toBe(200)
  expect(first.headers()['access-control-allow-origin']).toBe('*')
  expect(first.headers()['ratelimit-policy']).toMatch(/^"api";q=\d+;w=60$/)
  // Other e2e workers commit data at the same time, and any commit moves the data version (a miss
  // and a new ETag are then right). So: within a few tries, a repeat must be a cache hit and a
  // conditional request with the current ETag a 304; a broken cache never gets there.
  let etag = first.headers().etag
  let cached = false
  for (let attempt = 0; attempt < 5 && !cached; attempt++) {
    etag = (await request.get(`/api/v1/jurisdictions/${c}`)).headers().etag
    const again = await request.get(`/api/v1/jurisdictions/${c}`)
    const conditional = await request.get(`/api/v1/jurisdictions/${c}`, { headers: { 'If-None-Match': etag } })
    cached = again.headers()['x-cache'] === 'hit' && conditional.status() === 304
  }
  expect(cached).toBe(true)

  await db.jurisdiction.update({ where: { code: c }, data: { name: `Renamed ${c}` } })
  const after = await request.get(`/api/v1/jurisdictions/${c}`, { headers: { 'If-None-Match': etag } })
  expect(after.status()).toBe(200)
  expect((await after.json()).data.name).toBe(`Renamed ${c}`)

  const bad = await request.get('/api/v1/jurisdictions?kind=planet')
  expect([bad.status(), bad.headers()['content-type']]).toEqual([400, 'application/problem+json'])
  expect((await bad.json()).errors[0].parameter).toBe('kind')
})

test('feeds and the bulk download are served', async ({ request }) => {
  const c = code()
  await db.jurisdiction.create({ data: { code: c, name: `Feedland ${c}`, kind: 'STATE' } })
  const feed = await request.get(`/feeds/jurisdictions/${c}.atom`)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  const bulk = await request.get('/api/v1/bulk')
  expect(bulk.status()).toBe(200)
  expect(bulk.headers()['content-disposition']).toMatch(/^attachment; filename="lexbridge-data-v\d+\.tar\.gz"$/)
  expect((await bulk.body()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
})

test('a URI path parameter may arrive as one encoded segment, as generated clients send it', async ({ request }) => {
  const law = await createLawFixture(db)
  // openapi-fetch and other clients generated from the OpenAPI document encodeURIComponent `{uri}`.
  const encoded = encodeURIComponent(law.uri.slice(1))
  const instrument = await request.get(`/api/v1/instruments/${encoded}`)
  expect(instrument.status()).toBe(200)
  expect((await instrument.json()).data.uri).toBe(law.uri)
  const expression = encodeURIComponent(`${law.uri.slice(1)}/eng@2020-01-01`)
  const provision = await request.get(`/api/v1/provisions/${expression}/part_1__sec_3`)
  expect(provision.status()).toBe(200)
  expect((await provision.json()).data.eId).toBe('part_1__sec_3')
  const plain = await request.get(`/api/v1/provisions${law.uri}/eng@2020-01-01/part_1__sec_3`)
  expect(await plain.json()).toEqual(await provision.json())
})
