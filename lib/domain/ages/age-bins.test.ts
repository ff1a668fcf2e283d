import { describe, expect, it } from 'vitest'
import { ageBand, lowestAge, sortAgeRows } from './age-bins'

describe('age bands', () => {
  it('puts every age in one band and says when none is set', () => {
    expect([12, 13, 14, 15, 16, 17, 18, 21].map(ageBand)).toEqual([
      'under-14',
      'under-14',
      '14-15',
      '14-15',
      '16-17',
      '16-17',
      '18-plus',
      '18-plus',
    ])
    expect(ageBand(null)).toBe('no-age')
  })
  it('sorts by age either way with no age last, then by name', () => {
    const rows = [
      { jurisdiction: { name: 'Chile' }, age: 14 },
      { jurisdiction: { name: 'Angola' }, age: null },
      { jurisdiction: { name: 'Brazil' }, age: 14 },
      { jurisdiction: { name: 'Denmark' }, age: 15 },
    ]
    expect(sortAgeRows(rows, 'age').map((r) => r.jurisdiction.name)).toEqual(['Brazil', 'Chile', 'Denmark', 'Angola'])
    expect(sortAgeRows(rows, '-age').map((r) => r.jurisdiction.name)).toEqual(['Denmark', 'Brazil', 'Chile', 'Angola'])
    expect(sortAgeRows(rows, 'name').map((r) => r.jurisdiction.name)).toEqual(['Angola', 'Brazil', 'Chile', 'Denmark'])
  })
  it('maps the lowest of several ages', () => {
    expect(lowestAge([16, null, 14])).toBe(14)
    expect(lowestAge([null])).toBeNull()
  })
})
