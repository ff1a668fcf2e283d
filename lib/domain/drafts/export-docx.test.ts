import { expect, it } from 'vitest'
import { exportInput } from '@/lib/domain/drafts/export-fixture.test-support'
import { buildExportModel } from '@/lib/domain/drafts/export-model'
import { readDocxParagraphs, readZipEntries } from '@/tests/support/read-docx'
import { renderDraftDocx } from './export-docx'

// Also proves the docx library (and its nanoid 6, which declares Node ≥ 22) works on our Node 20.
it('writes a Word document that opens and holds the clauses, citations and conformity table', async () => {
  const buffer = await renderDraftDocx(buildExportModel(exportInput()))
  expect([...readZipEntries(buffer).keys()]).toEqual(
    expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
  )
  const paragraphs = readDocxParagraphs(buffer)
  expect(paragraphs[0]).toBe('Model law on grooming')
  expect(paragraphs).toContain('Clause 1 — Grooming')
  expect(paragraphs).toContain('Each Party shall criminalise grooming.')
  expect(paragraphs).toContain('Source: Lanzarote Convention, art. 23')
  expect(paragraphs).toContain('Sanctions shall be <b>effective</b> | dissuasive.')
  expect(paragraphs).toEqual(expect.arrayContaining(['Germany', '✗ Does not meet', 'Clause 1']))
  expect(
    paragraphs.some((p) =>
      p.startsWith('Conformity forecast. Adopting this draft would require changes in 1 of 2 jurisdictions'),
    ),
  ).toBe(true)
})

it('links every citation as a real hyperlink to an absolute address', async () => {
  const entries = readZipEntries(await renderDraftDocx(buildExportModel(exportInput())))
  const document = entries.get('word/document.xml')!.toString('utf8')
  const relationships = entries.get('word/_rels/document.xml.rels')!.toString('utf8')
  expect(document.match(/<w:hyperlink /g)?.length).toBeGreaterThanOrEqual(2)
  // Word keeps the fragment of an external link in w:anchor beside the relationship's address.
  expect(relationships).toContain(
    'Target="https://lexbridge.example.org/instruments/akn/coe/treaty/2007/cets-201" TargetMode="External"',
  )
  expect(document).toContain('w:anchor="art_23"')
  expect(relationships).not.toMatch(/Target="\/(?!word)/)
})
