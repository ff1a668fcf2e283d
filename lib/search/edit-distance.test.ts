import { describe, expect, it } from 'vitest'
import { closestWord, editDistance } from './edit-distance'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('groomng', 'grooming')).toBe(1)
    expect(editDistance('groomng', 'groom')).toBe(2)
    expect(editDistance('posession', 'possession')).toBe(1)
    expect(editDistance('verfication', 'verification')).toBe(1)
    expect(editDistance('chlid', 'child')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('same', 'same')).toBe(0)
  })
})

describe('closestWord', () => {
  it('prefers the fewest edits, then the caller’s order', () => {
    expect(closestWord('groomng', ['groom', 'grooming', 'groomed'])).toBe('grooming')
    expect(closestWord('abuze', ['abuse', 'abused'])).toBe('abuse')
  })

  it('refuses candidates too far away for the word’s length', () => {
    expect(closestWord('zebracorn', ['zebra', 'acorn'])).toBeUndefined()
    expect(closestWord('cat', ['cut', 'cart'])).toBe('cut')
  })
})
