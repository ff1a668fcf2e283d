import { describe, expect, it } from 'vitest'
import type { TopicMatrix } from '@/lib/domain/compare/compare-views'
import { GAP, matrixCsvHeader, matrixToCsvRows } from './compare-export'

const provision = {
  id: 'p1',
  eId: 'sec_3',
  num: 's. 3',
  heading: 'Grooming',
  text: 'Full text',
  excerpt: 'Full text',
  truncated: false,
  textKind: 'VERBATIM' as const,
  citation: 'Act 2020, s. 3',
  href: '/instruments/akn/xx/act/2020/1?version=v#sec_3',
  sourceUrl: null,
  verification: 'VERIFIED' as const,
  instrument: { uri: '/akn/xx/act/2020/1', title: 'Act 2020', shortTitle: null },
  version: { expressionUri: 'v', language: 'eng', validFrom: '2020-01-01' },
}
const matrix: TopicMatrix = {
  by: 'topic',
  title: 'Offences',
  asOf: '2025-06-01',
  topic: null,
  notFound: [],
  notes: [],
  columns: [
    { key: 'XA', kind: 'jurisdiction', code: 'XA', name: 'Aland', href: '/jurisdictions/XA' },
    { key: 'XB', kind: 'jurisdiction', code: 'XB', name: 'Bland', href: '/jurisdictions/XB' },
  ],
  rows: [
    {
      key: 'offences',
      label: 'Offences',
      description: null,
      depth: 0,
      group: true,
      cells: [
        { column: 'XA', items: [] },
        { column: 'XB', items: [] },
      ],
    },
    {
      key: 'offences.grooming',
      label: 'Grooming',
      description: null,
      depth: 1,
      group: false,
      cells: [
        { column: 'XA', items: [provision] },
        { column: 'XB', items: [] },
      ],
    },
  ],
}

describe('matrixToCsvRows', () => {
  it('writes one line per provision and one per gap, skipping heading rows, with absolute links', () => {
    const rows = matrixToCsvRows(matrix, 'https://lexbridge.example')
    expect(rows[0]).toEqual(matrixCsvHeader)
    expect(rows.slice(1)).toEqual([
      [
        'topic',
        'offences.grooming',
        'Grooming',
        'XA',
        'Aland',
        'recorded',
        'Act 2020, s. 3',
        's. 3 Grooming',
        'Full text',
        'verbatim',
        'verified',
        'https://lexbridge.example/instruments/akn/xx/act/2020/1?version=v#sec_3',
        null,
        'Act 2020',
        '2020-01-01',
      ],
      ['topic', 'offences.grooming', 'Grooming', 'XB', 'Bland', GAP],
    ])
  })
})
