import { describe, expect, it } from 'vitest'
import { displayName } from './countries'

describe('displayName', () => {
  it('spells out abbreviations and ampersands from CLDR', () => {
    expect(displayName('UK')).toBe('United Kingdom')
    expect(displayName('US')).toBe('United States')
    expect(displayName('Trinidad & Tobago')).toBe('Trinidad and Tobago')
    expect(displayName('St. Kitts & Nevis')).toBe('Saint Kitts and Nevis')
    expect(displayName('Congo - Kinshasa')).toBe('Democratic Republic of the Congo')
  })
  it('keeps friendly short names as they are', () => {
    expect(displayName('Russia')).toBe('Russia')
    expect(displayName('Côte d’Ivoire')).toBe('Côte d’Ivoire')
  })
})
