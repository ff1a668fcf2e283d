import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiFixture, SECRET, useAsAppDatabase } from '@/tests/support/api-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/** Atom feeds of published changes (docs/api.md): valid Atom 1.0, scoped to their record, no people. */
let t: TestDatabase
let fx: Awaited<ReturnType<typeof createApiFixture>>

beforeAll(async () => {
  t = await createTestDatabase()
  useAsAppDatabase(t.db)
  fx = await createApiFixture(t.db)
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

async function feed(kind: string, key: string[], headers: Record<string, string> = {}) {
  const { feedGET: GET } = await import('@/lib/http/feed-route')
  return GET(new Request(`http://feeds.test/feeds/${kind}/${key.join('/')}`, { headers }), {
    params: Promise.resolve({ kind, key }),
  })
}

type Entry = { id: string; title: string; updated: string; link: { '@_href': string }[]; summary: { '#text': string } }
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed

describe('Atom feeds', () => {
  it('gives an instrument its own changes as a valid Atom 1.0 feed, newest first', async () => {
    const response = await feed('instruments', ['akn', 'zz', 'act', '2020', '1.atom'])
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).not.toContain(SECRET)
    expect(xml).not.toContain(fx.user.name)
    const doc = parse(xml)
    expect(doc['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, and an author.
    for (const element of ['id', 'title', 'updated', 'author']) expect(doc[element], element).toBeDefined()
    expect(doc.link.map((l: { '@_rel': string }) => l['@_rel']).sort()).toEqual(['alternate', 'self'])
    const entries = doc.entry as Entry[]
    expect(entries.map((e) => e.title)).toEqual([
      'Instrument updated: Zedland Child Online Safety Act 2020 (changed: title)',
      'Instrument created: Zedland Child Online Safety Act 2020',
    ])
    for (const entry of entries) {
      expect(entry.id).toMatch(/^http:\/\/feeds\.test\/api\/v1\/changes#/)
      expect(new Date(entry.updated).toISOString()).toBe(entry.updated)
      expect(entry.link[0]['@_href']).toBe('http://feeds.test/instruments/akn/zz/act/2020/1')
    }
    expect(doc.updated).toBe(entries[0].updated)
  })

  it('scopes a jurisdiction feed to its records, and answers 304 and 404', async () => {
    const zy = await feed('jurisdictions', ['ZY.atom'])
    const etag = zy.headers.get('etag')!
    expect((parse(await zy.text()).entry as Entry[]).map((e) => e.title)).toEqual([
      'Jurisdiction updated: Whyland (changed: name)',
    ])
    expect((await feed('jurisdictions', ['ZY.atom'], { 'If-None-Match': etag })).status).toBe(304)
    expect((await feed('jurisdictions', ['ZX.atom'])).status).toBe(404)
    expect((await feed('jurisdictions', ['ZY.rss'])).status).toBe(404)
    expect((await feed('people', ['ZY.atom'])).status).toBe(404)
    const standard = parse(await (await feed('standards', ['zed-5.atom'])).text())
    expect(standard.title).toBe('LexBridge: changes to Zed Convention art. 5')
    expect(standard.entry).toBeUndefined()
  })
})
