import { describe, expect, it } from 'vitest'
import { describeBelowNational, nationalSetsAge, summariseBelowNational } from './set-below-national'

describe('ages set below national level', () => {
  it('summarises the range and the number of units per nation, ignoring units with no age', () => {
    const rows = [
      { parentId: 'us', jurisdictionId: 'us-al', age: 16 },
      { parentId: 'us', jurisdictionId: 'us-ca', age: 18 },
      { parentId: 'us', jurisdictionId: 'us-ca', age: 18 },
      { parentId: 'us', jurisdictionId: 'us-co', age: 17 },
      { parentId: 'us', jurisdictionId: 'us-xx', age: null },
      { parentId: null, jurisdictionId: 'fr', age: 15 },
    ]
    const summary = summariseBelowNational(rows)
    expect([...summary]).toEqual([['us', { min: 16, max: 18, units: 3 }]])
    expect(describeBelowNational(summary.get('us')!)).toBe('Set by each state or province: 16–18 (3 units)')
    expect(describeBelowNational({ min: 18, max: 18, units: 1 })).toBe('Set by each state or province: 18 (1 unit)')
  })
  it('lets a national age stand', () => {
    expect(nationalSetsAge([null, 13])).toBe(true)
    expect(nationalSetsAge([null])).toBe(false)
    expect(nationalSetsAge([])).toBe(false)
  })
})
