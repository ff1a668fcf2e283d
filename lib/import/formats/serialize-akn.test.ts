import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LawDocument } from './law-document'
import { LAW_SOURCES, lawSourcesHas, readFixture, readLawSource } from './law-sources'
import { parseLawDocument } from './parse-law-document'
import { serializeAkn } from './serialize-akn'
import { syntheticAkn } from './synthetic-akn'

/** parseLawDocument(serializeAkn(doc)) deep-equals doc, except format ('akn') and warnings. */
function expectRoundTrip(text: string) {
  const first = parseLawDocument(text)
  if (!first.ok) throw new Error(first.problems[0].message)
  const xml = serializeAkn(first.document)
  const second = parseLawDocument(xml)
  if (!second.ok) throw new Error(`re-import failed: ${second.problems[0].message}`)
  const strip = (doc: LawDocument) => ({ ...doc, format: 'akn', warnings: [] })
  expect(strip(second.document)).toEqual(strip(first.document))
  expect(second.document.format).toBe('akn')
  return { document: first.document, xml }
}

const fixtures = readdirSync(path.join(import.meta.dirname, 'fixtures'))

describe('serializeAkn round trip over the fixtures', () => {
  it.each(fixtures)('%s', (file) => {
    const { xml } = expectRoundTrip(readFixture(file))
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act ')
  })

  it('escapes markup in text and keeps refs, notes and odd characters', () => {
    const doc: LawDocument = {
      format: 'akn',
      work: {
        uri: '/akn/zz/act/2001/1',
        country: 'zz',
        kind: 'STATUTE',
        status: 'REPEALED',
        title: 'A <b> & "quoted" Act',
        date: { value: '2001-05', precision: 'MONTH' },
      },
      expression: { uri: '/akn/zz/act/2001/1/eng@2001', language: 'eng', asAt: { value: '2001', precision: 'YEAR' } },
      nodes: [
        {
          eId: 'sec_1',
          tag: 'section',
          num: '1',
          heading: 'A & B',
          text: 'x < y > z & see s. 2 and s. 2\n§ 3 — “quote”',
          refs: [
            { text: 's. 2', href: '#sec_2?a=1&b=2' },
            { text: 's. 2', href: '#sec_2b' },
          ],
          annotations: [
            { kind: 'editorial', text: 'F1 <inserted>' },
            { kind: 'remark', text: 'r' },
            { kind: 'footnote', text: 'f' },
            { kind: 'note', text: 'n' },
          ],
          children: [],
        },
      ],
      warnings: [],
    }
    const back = parseLawDocument(serializeAkn(doc))
    expect(back.ok && { ...back.document, warnings: [] }).toEqual(doc)
  })
})

describe.skipIf(!lawSourcesHas('akn'))(
  lawSourcesHas('akn')
    ? `serializeAkn round trip over every real file (${LAW_SOURCES})`
    : `serializeAkn round trip over real files — skipped: ${LAW_SOURCES} is absent`,
  () => {
    const files = ['akn', 'clml', 'uslm', 'eu', 'de']
      .filter(lawSourcesHas)
      .flatMap((folder) => readdirSync(path.join(LAW_SOURCES, folder)).map((f) => `${folder}/${f}`))
      .filter((f) => !f.endsWith('.doc.fmx.xml'))
    it.each(files)('%s', (file) => {
      expectRoundTrip(readLawSource(file))
    })
  },
)

describe('syntheticAkn', () => {
  it('builds a valid AKN act with exactly the number of provisions asked for', () => {
    const result = parseLawDocument(syntheticAkn(1234))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const count = (nodes: LawDocument['nodes']): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0)
    expect(count(result.document.nodes)).toBe(1234)
    expect(result.document.work.title).toMatch(/not real law/)
  })
})
