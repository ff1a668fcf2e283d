import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/dataset/csv'
import { gapMatrixResponseSchema } from '@/lib/schemas/gaps'
import { evaluateMatrix } from './evaluate-matrix'
import { toGapCsv, toGapJson } from './serialise'
import { assessment, criterion, d, element, provision, reservation } from './test-builders'

const virtual = element({ id: 'v', code: 'virtual', articleRef: 'art. 20(1)(a) and 20(3)', reservableArticle: '20(3)' })
const criteria = [
  criterion({
    id: 'c1',
    code: '20(1)(a)',
    title: 'Producing, "real" or virtual',
    elements: [element({ id: 'r', code: 'real' }), virtual],
  }),
]
const input = {
  criteria,
  jurisdictions: [{ id: 'j1', code: 'DK', name: 'Denmark', kind: 'STATE', regionName: 'Europe' }],
  assessments: [
    assessment({
      criterionId: 'c1',
      status: 'PARTIAL',
      elementResults: [
        {
          elementId: 'r',
          status: 'MET' as const,
          provision: provision({ citation: 'Straffeloven, § 235' }),
          pinpoint: 'stk. 1',
          note: null,
        },
      ],
    }),
  ],
  reservations: [reservation({ articles: ['20(3)'] })],
  treatyActions: [
    { jurisdictionId: 'j1', action: 'RATIFICATION' as const, date: d('2010-03-01'), precision: 'DAY' as const },
  ],
  facts: new Map(),
}
const asOf = { mode: 'date' as const, date: d('2024-01-01') }
const source = {
  standard: {
    slug: 'lanzarote-20',
    name: 'Lanzarote 20',
    issuer: 'CoE',
    instrument: { uri: '/akn/coe/treaty/2007/cets-201' },
  },
  criteria,
  asOf,
  matrix: evaluateMatrix(input, { asOf, hasTreaty: true, includeEmpty: false, sort: 'name' }),
}

describe('matrix export', () => {
  it('produces JSON that satisfies the published API schema', () => {
    const json = toGapJson(source, { region: null, org: null, kind: null, show: 'assessed', sort: 'name' })
    expect(gapMatrixResponseSchema.parse(json)).toEqual(json)
    expect(json.rows[0].cells[0]).toMatchObject({ status: 'reserved', source: 'elements' })
    expect(json.rows[0].cells[0].elements[1]).toMatchObject({
      code: 'virtual',
      status: 'reserved',
      reservation: { articles: ['20(3)'] },
    })
    expect(json.rows[0].cells[0].elements[0].provision).toEqual({
      citation: 'Straffeloven, § 235',
      instrumentUri: '/akn/xx/act/2000/1',
      eId: 'sec_1',
      pinpoint: 'stk. 1',
      inForceOnDate: true,
    })
  })

  it('gives a year-only ratification as a year, never as 1 January', () => {
    const yearOnly = {
      ...input,
      treatyActions: [
        { jurisdictionId: 'j1', action: 'RATIFICATION' as const, date: d('2012-01-01'), precision: 'YEAR' as const },
      ],
    }
    const matrix = evaluateMatrix(yearOnly, { asOf, hasTreaty: true, includeEmpty: false, sort: 'name' })
    const json = toGapJson(
      { ...source, matrix },
      { region: null, org: null, kind: null, show: 'assessed', sort: 'name' },
    )
    expect(json.rows[0].treatyStatus).toEqual({ status: 'party', since: '2012' })
    expect(gapMatrixResponseSchema.parse(json)).toEqual(json)
  })

  it('produces CSV that round-trips through a CSV parser', () => {
    const rows = parseCsv(toGapCsv(source))
    expect(rows[0][0]).toBe('jurisdiction_code')
    expect(rows[1]).toEqual([
      'DK',
      'Denmark',
      '2024-01-01',
      'party',
      '20(1)(a)',
      'reserved',
      'elements',
      '',
      '',
      'no',
      'real=met; virtual=reserved',
      'Straffeloven, § 235',
    ])
  })
})
