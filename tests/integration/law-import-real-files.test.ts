import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { readLawSource } from '../support/law-source-files'
import { serializeAkn } from '@/lib/import/formats/serialize-akn'
import { getLawDocument } from '@/lib/data/law/get-law-document'
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { parseLawFile } from '@/lib/import/law/parse-law-file'

// The Data Protection Act 1998 as legislation.gov.uk serves it (data.akn), from ../shared/law-sources.
const dpa = readLawSource('akn/uk_ukpga_1998_29_data-protection-act-1998.akn3.xml')

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
  await t.db.jurisdiction.create({ data: { code: 'GB', name: 'United Kingdom', kind: 'STATE' } })
})
afterAll(async () => {
  await t.cleanup()
})

describe.skipIf(!dpa)('law import of a real published file (skipped: ../shared/law-sources is absent)', () => {
  describe('Data Protection Act 1998 (legislation.gov.uk data.akn)', () => {
    it('imports the whole Act: work, version with provenance, sections with citations', async () => {
      const file = parseLawFile(dpa!)
      if (!file.ok) throw new Error(file.problems[0].message)
      const report = await importLawDocument(t.db, {
        system: 'test',
        document: file.document,
        source: {
          name: 'data.akn',
          url: 'https://www.legislation.gov.uk/ukpga/1998/29/data.akn',
          retrievedAt: new Date('2026-12-02T00:00:00Z'),
          sha256: file.sha256,
        },
        commit: true,
      })
      expect(report.problems).toEqual([])
      expect(report).toMatchObject({
        committed: true,
        result: 'create',
        work: { uri: '/akn/gb/act/1998/29', jurisdiction: 'GB' },
      })
      // 97 <section> elements in the file; the 2 inside <quotedStructure> (amending text) stay text (decision 0602)
      expect(report.counts.byTag.section).toBe(95)
      const s7 = await t.db.provision.findFirst({
        where: { citation: { startsWith: 'Data Protection Act 1998, s. 7(1)' } },
      })
      expect(s7?.textKind).toBe('VERBATIM')
    })

    it('export → import changes nothing', async () => {
      const document = await getLawDocument(t.db, { workUri: '/akn/gb/act/1998/29' })
      const xml = serializeAkn(document!)
      const again = parseLawFile(xml)
      if (!again.ok) throw new Error(again.problems[0].message)
      const before = await t.db.revision.count()
      const report = await importLawDocument(t.db, {
        system: 'test',
        document: again.document,
        source: { name: 'akn.xml', retrievedAt: new Date(), sha256: again.sha256 },
        commit: true,
      })
      expect(report).toMatchObject({ result: 'unchanged', problems: [] })
      expect(await t.db.revision.count()).toBe(before)
    })
  })
})
