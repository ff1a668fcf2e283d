import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { readLawSource } from '../support/law-source-files'
import { syncOfficialTexts } from '@/lib/data/law/sync-official-texts'
import { zipOf } from '../support/zip-file'

// A local publisher (node:http) serving a real published file from ../shared/law-sources:
// the Data Protection Act 1998 as legislation.gov.uk serves it (data.akn).
const dpa = readLawSource('akn/uk_ukpga_1998_29_data-protection-act-1998.akn3.xml')
// gesetze-im-internet.de serves each federal law as xml.zip: the real StGB file, zipped here.
const stgb = readLawSource('de/StGB_BJNR001270871.xml')
const juschg = readLawSource('de/JuSchG_BJNR273000002.xml')
const ETAG = '"dpa-1998-v1"'
const requests: { path: string; ifNoneMatch?: string }[] = []

const server = http.createServer((req, res) => {
  requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] })
  const body = Buffer.from(dpa ?? '')
  if (req.url === '/ukpga/1998/29/data.akn') {
    if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304).end()
    return void res
      .writeHead(200, { 'Content-Type': 'application/akn+xml', ETag: ETAG, 'Content-Length': body.length })
      .end(body)
  }
  if (req.url === '/truncated.akn') {
    // Promises the whole file, sends half, and drops the connection.
    res.writeHead(200, { 'Content-Type': 'application/akn+xml', 'Content-Length': body.length })
    res.write(body.subarray(0, Math.floor(body.length / 2)))
    return void setTimeout(() => res.destroy(), 20)
  }
  if (req.url === '/stgb/xml.zip' || req.url === '/juschg/xml.zip') {
    const law = req.url === '/stgb/xml.zip' ? stgb : juschg
    const zip = zipOf([
      { name: 'BJNR.xml', data: law ?? '' },
      { name: 'image.jpg', data: Buffer.from([255, 216]) },
    ])
    return void res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': zip.length }).end(zip)
  }
  if (req.url === '/not-law.xml')
    return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Service unavailable</body></html>')
  res.writeHead(500).end('boom')
})

let t: TestDatabase
let base = ''
beforeAll(async () => {
  t = await createTestDatabase()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.close()
  await t.cleanup()
})

async function instrumentWith(uri: string, url: string, etag: string | null = null) {
  const code = uri.split('/')[2].toUpperCase()
  const jurisdiction = await t.db.jurisdiction.upsert({
    where: { code },
    create: { code, name: code === 'GB' ? 'United Kingdom' : 'Germany', kind: 'STATE' },
    update: {},
  })
  return t.db.instrument.create({
    data: {
      uri,
      jurisdictionId: jurisdiction.id,
      kind: 'STATUTE',
      title: 'Data Protection Act 1998',
      shortTitle: 'Data Protection Act 1998',
      officialTextUrl: url,
      syncEtag: etag,
    },
  })
}
const lawRows = () => Promise.all([t.db.instrumentVersion.count(), t.db.provision.count(), t.db.revision.count()])

describe.skipIf(!dpa)('sources:sync against a local publisher (skipped: ../shared/law-sources is absent)', () => {
  it('changes nothing and reports it for a truncated, unparsable or failed download, and a 304', async () => {
    const truncated = await instrumentWith('/akn/gb/act/1998/901', `${base}/truncated.akn`)
    const notLaw = await instrumentWith('/akn/gb/act/1998/902', `${base}/not-law.xml`)
    const broken = await instrumentWith('/akn/gb/act/1998/903', `${base}/missing`)
    const current = await instrumentWith('/akn/gb/act/1998/904', `${base}/ukpga/1998/29/data.akn`, ETAG)
    const before = await lawRows()
    const outcomes = await syncOfficialTexts(t.db, {
      system: 'test',
      instrumentIds: [truncated.id, notLaw.id, broken.id, current.id],
    })
    const byUri = Object.fromEntries(outcomes.map((o) => [o.instrument, o]))
    expect(byUri['/akn/gb/act/1998/901']).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/partial download|broke off/),
    })
    expect(byUri['/akn/gb/act/1998/902']).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('could not be read as law'),
    })
    expect(byUri['/akn/gb/act/1998/903']).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('HTTP 500'),
    })
    expect(byUri['/akn/gb/act/1998/904']).toMatchObject({ status: 'not-modified' })
    expect(requests.find((r) => r.path === '/ukpga/1998/29/data.akn')?.ifNoneMatch).toBe(ETAG)
    expect(await lawRows()).toEqual(before)
    const checked = await t.db.instrument.findUniqueOrThrow({ where: { id: truncated.id } })
    expect(checked.syncCheckedAt).not.toBeNull()
    expect(checked.syncStatus).toMatch(/^failed: /)
    expect(checked.syncEtag).toBeNull()
  })

  it('is for admins only when a person runs it', async () => {
    const reviewer = await createTestUser(t.db, 'reviewer')
    await expect(syncOfficialTexts(t.db, { user: reviewer })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('imports a changed text as a version with provenance, then sends its ETag', async () => {
    const instrument = await instrumentWith('/akn/gb/act/1998/29', `${base}/ukpga/1998/29/data.akn`)
    const [first] = await syncOfficialTexts(t.db, { system: 'test', instrumentIds: [instrument.id] })
    expect(first).toMatchObject({ status: 'imported' })
    const version = await t.db.instrumentVersion.findFirstOrThrow({ where: { instrumentId: instrument.id } })
    expect(version).toMatchObject({ sourceFormat: 'akn', sourceUrl: `${base}/ukpga/1998/29/data.akn` })
    expect(version.sourceSha256).toMatch(/^[0-9a-f]{64}$/)
    expect((await t.db.instrument.findUniqueOrThrow({ where: { id: instrument.id } })).syncEtag).toBe(ETAG)
    const [second] = await syncOfficialTexts(t.db, { system: 'test', instrumentIds: [instrument.id] })
    expect(second).toMatchObject({ status: 'not-modified' })
  })

  it.skipIf(!stgb || !juschg)(
    'opens a publisher’s ZIP and files the law under the instrument it belongs to',
    async () => {
      // The dataset names the StGB /akn/de/code/1871/stgb; the publisher's file, /akn/de/act/1871-05-15/stgb.
      const code = await instrumentWith('/akn/de/code/1871/stgb', `${base}/stgb/xml.zip`)
      const [outcome] = await syncOfficialTexts(t.db, { system: 'test', instrumentIds: [code.id] })
      expect(outcome).toMatchObject({ status: 'imported' })
      const version = await t.db.instrumentVersion.findFirstOrThrow({ where: { instrumentId: code.id } })
      expect(version).toMatchObject({
        expressionUri: '/akn/de/code/1871/stgb/deu@2022-12-08',
        sourceFormat: 'de-gii',
        sourceUrl: `${base}/stgb/xml.zip`,
      })
      const s176 = await t.db.provision.findFirstOrThrow({ where: { versionId: version.id, eId: 'sec_176' } })
      expect(s176.heading).toBe('Sexueller Missbrauch von Kindern')
      expect(await t.db.instrument.count({ where: { uri: { startsWith: '/akn/de/act/1871' } } })).toBe(0)

      // Another law's archive at the URL is refused, whatever the country.
      const wrong = await instrumentWith('/akn/de/code/1871/stgb-copy', `${base}/juschg/xml.zip`)
      const before = await lawRows()
      const [refused] = await syncOfficialTexts(t.db, { system: 'test', instrumentIds: [wrong.id] })
      expect(refused).toMatchObject({
        status: 'failed',
        message: expect.stringContaining('/juschg, not /akn/de/code/1871/stgb-copy'),
      })
      expect(await lawRows()).toEqual(before)
    },
  )
})
