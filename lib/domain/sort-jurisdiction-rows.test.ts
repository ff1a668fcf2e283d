import { describe, expect, it } from 'vitest'
import { sortJurisdictionRows } from './sort-jurisdiction-rows'

const row = (code: string, name: string, region: string | null, instruments: number) => ({
  code,
  name,
  kind: 'STATE',
  regionName: region,
  subregionName: null,
  _count: { instruments, definitions: 0, ageBenchmarks: 0 },
})
const rows = [row('KE', 'Kenya', 'Africa', 2), row('DE', 'Germany', 'Europe', 5), row('AQ', 'Antarctica', null, 2)]
const codes = (list: { code: string }[]) => list.map((r) => r.code)

describe('sortJurisdictionRows', () => {
  it('sorts by name, either way', () => {
    expect(codes(sortJurisdictionRows(rows, 'name', 'asc'))).toEqual(['AQ', 'DE', 'KE'])
    expect(codes(sortJurisdictionRows(rows, 'name', 'desc'))).toEqual(['KE', 'DE', 'AQ'])
  })

  it('sorts counts as numbers, ties by name', () => {
    expect(codes(sortJurisdictionRows(rows, 'instruments', 'desc'))).toEqual(['DE', 'AQ', 'KE'])
    expect(codes(sortJurisdictionRows(rows, 'instruments', 'asc'))).toEqual(['AQ', 'KE', 'DE'])
  })

  it('puts rows without a region last in both directions', () => {
    expect(codes(sortJurisdictionRows(rows, 'region', 'asc'))).toEqual(['KE', 'DE', 'AQ'])
    expect(codes(sortJurisdictionRows(rows, 'region', 'desc'))).toEqual(['DE', 'KE', 'AQ'])
  })
})
