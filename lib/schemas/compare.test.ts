import { describe, expect, it } from 'vitest'
import { compareSearchParams, parseCompareQuery, parseDiffQuery, parseExportFormat } from './compare'

describe('parseCompareQuery', () => {
  it('reads repeated j params in order, upper-cased and de-duplicated', () => {
    const { query, problems } = parseCompareQuery({
      j: ['gb', 'DE', 'GB'],
      by: 'topic',
      topic: 'offences.grooming',
      col: '/akn/coe/treaty/2007/cets-201',
    })
    expect(problems).toEqual([])
    expect(query).toEqual({
      jurisdictions: ['GB', 'DE'],
      by: 'topic',
      topic: 'offences.grooming',
      concept: undefined,
      criterion: undefined,
      column: '/akn/coe/treaty/2007/cets-201',
    })
  })

  it('accepts a comma-separated list and a URLSearchParams', () => {
    expect(parseCompareQuery(new URLSearchParams('j=GB,FR&j=US-CA')).query.jurisdictions).toEqual(['GB', 'FR', 'US-CA'])
  })

  it('ignores malformed values and says so, defaulting to topic', () => {
    const { query, problems } = parseCompareQuery({
      j: ['G!', 'FR'],
      by: 'nonsense',
      topic: '../etc',
      col: 'javascript:alert(1)',
    })
    expect(query).toMatchObject({ jurisdictions: ['FR'], by: 'topic', topic: undefined, column: undefined })
    expect(problems.map((p) => [p.param, p.code])).toEqual([
      ['j', 'ignored'],
      ['by', 'ignored'],
      ['topic', 'ignored'],
      ['col', 'ignored'],
    ])
  })

  it('refuses more than 8 jurisdictions with a clear message', () => {
    const codes = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ']
    const { problems } = parseCompareQuery({ j: codes })
    expect(problems).toEqual([
      {
        param: 'j',
        code: 'too-many',
        message: 'You chose 10 jurisdictions. A comparison shows at most 8 side by side: remove 2 to see it.',
      },
    ])
  })

  it('round-trips through compareSearchParams', () => {
    const { query } = parseCompareQuery({ j: ['GB', 'DE'], by: 'criterion', criterion: 'lanzarote-23/23' })
    expect(compareSearchParams(query).toString()).toBe('j=GB&j=DE&by=criterion&criterion=lanzarote-23%2F23')
    expect(parseCompareQuery(compareSearchParams(query)).query).toEqual(query)
  })
})

describe('other parsers', () => {
  it('reads a and b, or two ticked p boxes', () => {
    expect(parseDiffQuery({ p: ['cabc123456789', 'cdef123456789'] }).query).toMatchObject({
      a: 'cabc123456789',
      b: 'cdef123456789',
    })
    expect(parseDiffQuery({ a: 'x' }).problems[0].param).toBe('a')
  })

  it('defaults the export format to json and refuses others', () => {
    expect(parseExportFormat({}).query).toBe('json')
    expect(parseExportFormat({ format: 'xml' }).problems).toHaveLength(1)
  })
})
