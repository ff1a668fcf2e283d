import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/dataset/csv'
import type { AgeComparison, DefinitionsMatrix, TopicMatrix } from '@/lib/domain/compare/compare-views'
import { agesToCsvRows, definitionsToCsvRows, matrixToCsvRows } from '@/lib/domain/compare-export'
import { unguardCsvCell } from '@/lib/domain/csv-write'
import { evaluateMatrix } from '@/lib/domain/gaps/evaluate-matrix'
import { toGapCsv } from '@/lib/domain/gaps/serialise'
import { criterion, d, element } from '@/lib/domain/gaps/test-builders'
import { csvDownload } from './api-response'

// Every public CSV export (compare, definitions, ages through csvDownload; the gap matrix through
// toGapCsv) with text a spreadsheet would run as a formula. The records export is covered on a
// real database in tests/integration/import-records.test.ts.
const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']
const formulaLike = /^[=+\-@\t\r]/

/** Every cell of every row that starts like a formula; numbers written as numbers are fine. */
function unsafeCells(csv: string) {
  return parseCsv(csv.replace(/^\uFEFF/, ''))
    .flat()
    .filter((cell) => formulaLike.test(cell) && Number.isNaN(Number(cell)))
}

const column = (name: string, i: number) => ({
  key: `X${i}`,
  kind: 'jurisdiction' as const,
  code: `X${i}`,
  name,
  href: `/jurisdictions/X${i}`,
})
const columns = hostile.map(column)
const summary = {
  id: 'p1',
  eId: 'sec_3',
  num: '=1',
  heading: '@head',
  text: '-text',
  excerpt: '-text',
  truncated: false,
  textKind: 'VERBATIM' as const,
  citation: '+cite',
  href: '/instruments/akn/xx/act/2020/1#sec_3',
  sourceUrl: null,
  verification: 'VERIFIED' as const,
  instrument: { uri: '/akn/xx/act/2020/1', title: '=title', shortTitle: null },
  version: { expressionUri: 'v', language: 'eng', validFrom: '2020-01-01' },
}

async function download(rows: Parameters<typeof csvDownload>[1]) {
  return await csvDownload('x.csv', rows).text()
}

describe('every CSV export neutralises formula-like cells', () => {
  it('compare by topic', async () => {
    const matrix: TopicMatrix = {
      by: 'topic',
      title: '=t',
      asOf: '2025-06-01',
      topic: null,
      notFound: [],
      notes: [],
      columns,
      rows: [
        {
          key: 'g',
          label: '=Grooming',
          description: null,
          depth: 1,
          group: false,
          cells: columns.map((c) => ({ column: c.key, items: [summary] })),
        },
      ],
    }
    const csv = await download(matrixToCsvRows(matrix, 'https://x'))
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(unsafeCells(csv)).toEqual([])
  })

  it('compare definitions', async () => {
    const matrix: DefinitionsMatrix = {
      concept: { slug: 'child', name: 'Child', description: null },
      columns,
      features: [],
      notFound: [],
      gaps: [column('=gap', 9)],
      definitions: columns.map((c) => ({
        ...summary,
        term: '=term',
        language: 'eng',
        columnKey: c.key,
        columnName: c.name,
        featuresInvalid: false,
      })),
    }
    expect(unsafeCells(await download(definitionsToCsvRows(matrix, 'https://x')))).toEqual([])
  })

  it('compare ages', async () => {
    const comparison: AgeComparison = {
      asOf: '2025-06-01',
      notFound: [],
      kinds: [{ code: 'consent', name: '=Consent', description: null }],
      jurisdictions: columns.map((c) => ({
        column: c,
        findings: [],
        belowNational: {},
        benchmarks: {
          consent: [
            {
              id: 'a',
              age: 16,
              conditions: '-if',
              citation: '@c',
              href: null,
              sourceUrl: null,
              verification: 'VERIFIED',
              validFrom: null,
            },
          ],
        },
      })),
    }
    expect(unsafeCells(await download(agesToCsvRows(comparison, 'https://x')))).toEqual([])
  })

  it('gap matrix', () => {
    const criteria = [criterion({ id: 'c1', code: '=1', title: '@t', elements: [element({ id: 'r', code: '+real' })] })]
    const jurisdictions = hostile.map((name, i) => ({
      id: `j${i}`,
      code: `X${i}`,
      name,
      kind: 'STATE',
      regionName: 'Europe',
    }))
    const asOf = { mode: 'date' as const, date: d('2024-01-01') }
    const matrix = evaluateMatrix(
      { criteria, jurisdictions, assessments: [], reservations: [], treatyActions: [], facts: new Map() },
      { asOf, hasTreaty: false, includeEmpty: true, sort: 'name' },
    )
    const csv = toGapCsv({ standard: { slug: 's', name: 'S', issuer: 'I', instrument: null }, criteria, asOf, matrix })
    expect(csv).toContain("'@SUM(A1)")
    expect(unsafeCells(csv)).toEqual([])
  })

  it('the importer takes the guard off again, so an export imports back unchanged', () => {
    const [row] = parseCsv(`${hostile.map((h) => `"'${h.replaceAll('"', '""')}"`).join(',')}\r\n`)
    expect(row.map(unguardCsvCell)).toEqual(hostile)
    expect(unguardCsvCell("'plain")).toBe("'plain")
  })
})
