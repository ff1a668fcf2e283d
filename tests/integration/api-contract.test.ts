import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/lib/env'
import { resetRateLimit } from '@/lib/http/api/rate-limit'
import { buildOpenApiDocument } from '@/lib/schemas/api/openapi'
import { apiRoutes, type ApiRouteId } from '@/lib/schemas/api/routes'
import { createApiFixture, SECRET, useAsAppDatabase } from '@/tests/support/api-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * The contract test (docs/api.md): every /api/v1 route is called on a real database with seeded
 * records, and each response is validated against the OpenAPI document the API serves — the
 * 200 body against its route's schema, errors against the problem schema.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>
type Module = { GET: Handler; OPTIONS?: () => Response }

const modules: Record<ApiRouteId, () => Promise<Module>> = {
  listJurisdictions: () => import('@/lib/http/api/routes/list-jurisdictions').then((m) => m.route),
  getJurisdiction: () => import('@/lib/http/api/routes/get-jurisdiction').then((m) => m.route),
  listInstruments: () => import('@/lib/http/api/routes/list-instruments').then((m) => m.route),
  getInstrument: () => import('@/lib/http/api/routes/get-instrument').then((m) => m.route),
  getProvision: () => import('@/lib/http/api/routes/get-provision').then((m) => m.route),
  listDefinitions: () => import('@/lib/http/api/routes/list-definitions').then((m) => m.route),
  listAges: () => import('@/lib/http/api/routes/list-ages').then((m) => m.route),
  listTreaties: () => import('@/lib/http/api/routes/list-treaties').then((m) => m.route),
  getTreatyStatus: () => import('@/lib/http/api/routes/get-treaty-status').then((m) => m.route),
  listStandards: () => import('@/lib/http/api/routes/list-standards').then((m) => m.route),
  listAssessments: () => import('@/lib/http/api/routes/list-assessments').then((m) => m.route),
  listChanges: () => import('@/lib/http/api/routes/list-changes').then((m) => m.route),
  search: () => import('@/lib/http/api/routes/search').then((m) => m.route),
  compare: () => import('@/lib/http/api/routes/compare').then((m) => m.route),
  compareDefinitions: () => import('@/lib/http/api/routes/compare-definitions').then((m) => m.route),
  compareAges: () => import('@/lib/http/api/routes/compare-ages').then((m) => m.route),
  compareDiff: () => import('@/lib/http/api/routes/compare-diff').then((m) => m.route),
  gaps: () => import('@/lib/http/api/routes/gaps').then((m) => m.route),
}

let t: TestDatabase
let fx: Awaited<ReturnType<typeof createApiFixture>>
const document = buildOpenApiDocument()
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document, 'openapi')
const pointer = (...parts: string[]) =>
  `openapi#/${parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`

/** Calls a route handler as Next would: the path's dynamic segments as params. */
async function call(
  id: ApiRouteId,
  path: string,
  params: Record<string, string | string[]> = {},
  headers: Record<string, string> = {},
) {
  const module = await modules[id]()
  return module.GET(new Request(`http://api.test${path}`, { headers }), { params: Promise.resolve(params) })
}

function expectValid(id: ApiRouteId, status: number, body: unknown) {
  const route = apiRoutes.find((r) => r.id === id)!
  const ref =
    status === 200
      ? pointer('paths', route.path, 'get', 'responses', '200', 'content', 'application/json', 'schema')
      : 'openapi#/components/schemas/Problem'
  const validate = ajv.getSchema(ref)
  expect(validate, ref).toBeDefined()
  const valid = validate!(body)
  expect(valid ? [] : validate!.errors, `${id} ${status}`).toEqual([])
}

beforeAll(async () => {
  t = await createTestDatabase()
  useAsAppDatabase(t.db)
  fx = await createApiFixture(t.db)
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('every route answers in its documented shape', () => {
  const ids = apiRoutes.map((route) => route.id)
  it('covers every route of the document', () => {
    expect(Object.keys(modules).sort()).toEqual([...ids].sort())
    expect(Object.keys(document.paths).sort()).toEqual(apiRoutes.map((r) => r.path).sort())
  })

  const cases: [ApiRouteId, () => [string, Record<string, string | string[]>?]][] = [
    ['listJurisdictions', () => ['/api/v1/jurisdictions?limit=2']],
    ['getJurisdiction', () => ['/api/v1/jurisdictions/ZZ', { code: 'zz' }]],
    ['listInstruments', () => ['/api/v1/instruments?j=ZZ&inForceOn=2024-01-01']],
    ['getInstrument', () => ['/api/v1/instruments/akn/zz/act/2020/1', { uri: ['akn', 'zz', 'act', '2020', '1'] }]],
    [
      'getProvision',
      () => [
        '/api/v1/provisions/akn/zz/act/2020/1/eng@2023-01-01/part_1__sec_2',
        { path: ['akn', 'zz', 'act', '2020', '1', 'eng@2023-01-01', 'part_1__sec_2'] },
      ],
    ],
    ['listDefinitions', () => ['/api/v1/definitions?concept=child']],
    ['listAges', () => ['/api/v1/ages?kind=sexual-consent&asOf=2025-01-01']],
    ['listTreaties', () => ['/api/v1/treaties?asOf=2020-01-01']],
    [
      'getTreatyStatus',
      () => [
        '/api/v1/treaties/akn/zorg/treaty/2010/1/status',
        { path: ['akn', 'zorg', 'treaty', '2010', '1', 'status'] },
      ],
    ],
    ['listStandards', () => ['/api/v1/standards']],
    ['listAssessments', () => ['/api/v1/standards/zed-5/assessments?jurisdiction=ZZ', { slug: 'zed-5' }]],
    ['listChanges', () => ['/api/v1/changes?since=2026-01-01']],
    ['search', () => ['/api/v1/search?q=grooming&limit=5']],
    ['compare', () => ['/api/v1/compare?jurisdiction=ZZ&jurisdiction=ZY']],
    ['compareDefinitions', () => ['/api/v1/compare/definitions?concept=child&j=ZZ&j=ZY']],
    ['compareAges', () => ['/api/v1/compare/ages?jurisdiction=ZZ&jurisdiction=ZY']],
    ['compareDiff', () => [`/api/v1/compare/diff?a=${fx.sec.id}&b=${fx.sec.id}`]],
    ['gaps', () => ['/api/v1/gaps?standard=zed-5&show=all']],
  ]

  it('has one case per route', () => expect(cases.map(([id]) => id).sort()).toEqual([...ids].sort()))

  for (const [id, make] of cases) {
    it(`${id}: 200 in the documented shape, validators and CORS, no curator-only data`, async () => {
      const [path, params] = make()
      const response = await call(id, path, params)
      const text = await response.text()
      expect(response.status, text).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/json')
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(response.headers.get('last-modified')).toMatch(/GMT$/)
      expectValid(id, 200, JSON.parse(text))
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain('curator@example.test')
      expect(text).not.toContain(fx.user.id)
    })
  }
})

describe('records', () => {
  const json = async (id: ApiRouteId, path: string, params?: Record<string, string | string[]>) =>
    (await (await call(id, path, params)).json()) as { data: any; page?: any }

  it('pages by cursor and lists only published rows', async () => {
    const first = await json('listJurisdictions', '/api/v1/jurisdictions?limit=2')
    expect(first.data.map((j: { code: string }) => j.code)).toEqual(['ZORG', 'ZY'])
    const second = await json('listJurisdictions', `/api/v1/jurisdictions?limit=2&cursor=${first.page.nextCursor}`)
    expect(second.data.map((j: { code: string }) => j.code)).toEqual(['ZZ'])
    expect(second.page.nextCursor).toBeNull()
  })

  it('filters instruments in force on a date and gives the provision tree without drafts', async () => {
    expect(
      (await json('listInstruments', '/api/v1/instruments?jurisdiction=ZZ&inForceOn=2024-01-01')).data.map(
        (i: { uri: string }) => i.uri,
      ),
    ).toEqual(['/akn/zz/act/2020/1'])
    expect(
      (await json('listInstruments', '/api/v1/instruments?jurisdiction=ZZ&inForceOn=2000-01-01')).data.map(
        (i: { uri: string }) => i.uri,
      ),
    ).toEqual(['/akn/zz/act/1990/4'])
    const detail = (
      await json('getInstrument', '/api/v1/instruments/akn/zz/act/2020/1', { uri: ['akn', 'zz', 'act', '2020', '1'] })
    ).data
    expect(detail.expression.expressionUri).toBe('/akn/zz/act/2020/1/eng@2023-01-01')
    expect(detail.provisions).toMatchObject([{ eId: 'part_1', children: [{ eId: 'part_1__sec_2', children: [] }] }])
    const older = (
      await json('getInstrument', '/api/v1/instruments/akn/zz/act/2020/1/eng@2020-06-01', {
        uri: ['akn', 'zz', 'act', '2020', '1', 'eng@2020-06-01'],
      })
    ).data
    expect([older.uri, older.expression.expressionUri, older.provisions]).toEqual([
      '/akn/zz/act/2020/1',
      '/akn/zz/act/2020/1/eng@2020-06-01',
      [],
    ])
  })

  it('gives treaty actions with dates as precise as recorded, and party counts', async () => {
    const status = (
      await json('getTreatyStatus', '/api/v1/treaties/akn/zorg/treaty/2010/1/status', {
        path: ['akn', 'zorg', 'treaty', '2010', '1', 'status'],
      })
    ).data
    const zz = status.participants.find((p: { jurisdiction: { code: string } }) => p.jurisdiction.code === 'ZZ')
    expect(zz).toMatchObject({
      status: 'party',
      since: '2012',
      actions: [
        { action: 'signature', date: '2011-05' },
        { action: 'ratification', date: '2012' },
      ],
    })
    expect(zz.reservations[0].articles).toEqual(['5(2)'])
    const list = (await json('listTreaties', '/api/v1/treaties?asOf=2012-06-01')).data
    expect(list[0].counts).toEqual({ parties: 1, signatories: 0, denounced: 0 })
  })

  it('lists published changes without people or drafts', async () => {
    const changes = (await json('listChanges', '/api/v1/changes?since=2026-03-02')).data
    expect(changes.map((c: { kind: string; recordType: string }) => `${c.recordType}:${c.kind}`)).toEqual([
      'Instrument:updated',
      'Jurisdiction:updated',
    ])
    expect(changes[0].summary).toBe('Instrument updated: Zedland Child Online Safety Act 2020 (changed: title)')
  })
})

describe('errors, caching and limits', () => {
  it('answers 400 problems naming each bad parameter, and 404 problems', async () => {
    const bad = await call('listInstruments', '/api/v1/instruments?limit=500&kind=poem&colour=red')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toBe('application/problem+json')
    const body = await bad.json()
    expectValid('listInstruments', 400, body)
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['colour', 'kind', 'limit'])
    const cursor = await (await call('listInstruments', '/api/v1/instruments?cursor=abc')).json()
    expect(cursor.status).toBe(400)
    const missing = await call('getJurisdiction', '/api/v1/jurisdictions/ZX', { code: 'ZX' })
    expect(missing.status).toBe(404)
    expectValid('getJurisdiction', 404, await missing.json())
    const path = await call('getInstrument', '/api/v1/instruments/x', { uri: ['x'] })
    expect([path.status, (await path.json()).errors[0].parameter]).toEqual([400, 'uri'])
  })

  it('serves a repeat from the cache, answers 304 to its ETag, and moves on at a commit', async () => {
    const path = '/api/v1/jurisdictions/ZY'
    const first = await call('getJurisdiction', path, { code: 'ZY' })
    const etag = first.headers.get('etag')!
    const again = await call('getJurisdiction', path, { code: 'ZY' })
    expect(again.headers.get('x-cache')).toBe('hit')
    expect(await again.text()).toBe(await first.text())
    const conditional = await call('getJurisdiction', path, { code: 'ZY' }, { 'If-None-Match': etag })
    expect([conditional.status, await conditional.text()]).toEqual([304, ''])

    await t.db.jurisdiction.update({ where: { code: 'ZY' }, data: { name: 'Whyland Renamed' } })
    const after = await call('getJurisdiction', path, { code: 'ZY' }, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(after.headers.get('x-cache')).toBe('miss')
    expect((await after.json()).data.name).toBe('Whyland Renamed')
  })

  it('limits requests per client with RateLimit headers and a 429 problem', async () => {
    const quota = env.API_RATE_LIMIT
    ;(env as { API_RATE_LIMIT: number }).API_RATE_LIMIT = 2
    resetRateLimit()
    try {
      const headers = { 'x-forwarded-for': '198.51.100.4' }
      const first = await call('listStandards', '/api/v1/standards', {}, headers)
      expect(first.headers.get('ratelimit-policy')).toBe('"api";q=2;w=60')
      expect(first.headers.get('ratelimit')).toMatch(/^"api";r=1;t=\d+$/)
      await call('listStandards', '/api/v1/standards', {}, headers)
      const refused = await call('listStandards', '/api/v1/standards', {}, headers)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expectValid('listStandards', 429, await refused.json())
      expect((await call('listStandards', '/api/v1/standards', {}, { 'x-forwarded-for': '198.51.100.5' })).status).toBe(
        200,
      )
    } finally {
      ;(env as { API_RATE_LIMIT: number }).API_RATE_LIMIT = quota
      resetRateLimit()
    }
  })

  it('answers CORS preflight', async () => {
    const module = await modules.listJurisdictions()
    const response = module.OPTIONS!()
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
  })
})
