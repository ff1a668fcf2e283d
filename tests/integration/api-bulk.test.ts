import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBulkArchive } from '@/lib/data/exchange/bulk-archive'
import { createApiFixture, SECRET } from '@/tests/support/api-fixtures'
import { readTarGz } from '@/tests/support/read-tar'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/** The bulk download (docs/api.md): published records only, a manifest that checks out, rebuilt per data version. */
let t: TestDatabase
let dataDir: string

beforeAll(async () => {
  t = await createTestDatabase()
  await createApiFixture(t.db)
  dataDir = mkdtempSync(path.join(tmpdir(), 'lexbridge-bulk-'))
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('bulk download', () => {
  it('holds JSON and CSV per record type with a manifest of counts and checksums, and nothing curator-only', async () => {
    const { file, version } = await ensureBulkArchive(t.db, dataDir)
    const files = readTarGz(readFileSync(file))
    expect(files.every((f) => f.checksumOk)).toBe(true)
    const byName = new Map(files.map((f) => [f.name.replace(/^[^/]+\//, ''), f.content]))
    expect(files[0].name).toBe(`lexbridge-data-v${version}/manifest.json`)
    const manifest = JSON.parse(byName.get('manifest.json')!.toString('utf8'))
    expect(manifest).toMatchObject({ format: 'lexbridge-bulk', dataVersion: version })
    expect(manifest.counts).toMatchObject({
      jurisdictions: 3,
      instruments: 3,
      provisions: 2,
      definitions: 1,
      'treaty-actions': 3,
      reservations: 1,
      assessments: 1,
    })
    for (const entry of manifest.files) {
      const content = byName.get(entry.name)!
      expect(createHash('sha256').update(content).digest('hex'), entry.name).toBe(entry.sha256)
    }
    expect(manifest.sources.length).toBeGreaterThan(0)
    const jurisdictions = JSON.parse(byName.get('jurisdictions.json')!.toString('utf8'))
    expect(jurisdictions.map((j: { code: string }) => j.code)).toEqual(['ZORG', 'ZY', 'ZZ'])
    const csv = byName.get('treaty-actions.csv')!.toString('utf8')
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFtreaty,jurisdiction,action,date,depositaryRef,sourceUrl,lastVerifiedOn,verification',
    )
    expect(csv).toContain('/akn/zorg/treaty/2010/1,ZZ,ratification,2012,')
    for (const content of byName.values()) expect(content.toString('utf8')).not.toContain(SECRET)
  })

  it('is built once per data version and replaced when the data changes', async () => {
    const first = await ensureBulkArchive(t.db, dataDir)
    expect((await ensureBulkArchive(t.db, dataDir)).file).toBe(first.file)
    await t.db.jurisdiction.update({ where: { code: 'ZY' }, data: { name: 'Whyland Again' } })
    const second = await ensureBulkArchive(t.db, dataDir)
    expect(second.version).not.toBe(first.version)
    expect(existsSync(first.file)).toBe(false)
    expect(readdirSync(path.join(dataDir, 'bulk'))).toEqual([path.basename(second.file)])
  })
})
