import { describe, expect, it } from 'vitest'
import { chooseVersion, parseInstrumentPath } from './instrument-address'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const v = (id: string, from: string, to: string | null) => ({
  id,
  instrumentId: 'i',
  language: 'eng',
  asAt: d(from),
  validFrom: d(from),
  validTo: to ? d(to) : null,
  expressionUri: `/akn/xq/act/2020/1/eng@${from}`,
})
const versions = [v('old', '2020-01-01', '2025-01-01'), v('new', '2025-01-01', null)]

describe('parseInstrumentPath', () => {
  it('tells a work from an expression and an id', () => {
    expect(parseInstrumentPath(['akn', 'gb', 'act', '1998', '29'])).toEqual({
      key: '/akn/gb/act/1998/29',
      expressionUri: null,
    })
    expect(parseInstrumentPath(['akn', 'gb', 'act', '1998', '29', 'eng%402025-01-01'])).toEqual({
      key: '/akn/gb/act/1998/29',
      expressionUri: '/akn/gb/act/1998/29/eng@2025-01-01',
    })
    expect(parseInstrumentPath(['cl123'])).toEqual({ key: 'cl123', expressionUri: null })
  })
})

describe('chooseVersion', () => {
  it('shows the named expression, the version in force on a date, or the current one', () => {
    expect(chooseVersion(versions, { expressionUri: '/akn/xq/act/2020/1/eng@2020-01-01' }).version?.id).toBe('old')
    expect(chooseVersion(versions, { date: '2024-12-31' }).version?.id).toBe('old')
    expect(chooseVersion(versions, { date: '2025-01-01' }).version?.id).toBe('new')
    expect(chooseVersion(versions, {}).version?.id).toBe('new')
  })
  it('says when nothing matches', () => {
    expect(chooseVersion(versions, { expressionUri: '/akn/xq/act/2020/1/eng@1999-01-01' })).toEqual({
      version: null,
      missing: 'expression',
    })
    expect(chooseVersion(versions, { date: '2019-06-01' })).toEqual({ version: null, missing: 'date' })
  })
})
