import { describe, expect, it } from 'vitest'
import { getUsStateShapes } from './us-state-shapes'

describe('getUsStateShapes', () => {
  it('draws the 50 states and DC once each, keyed by ISO 3166-2 code', () => {
    const shapes = getUsStateShapes()
    expect(shapes).toHaveLength(51)
    expect(new Set(shapes.map((s) => s.id)).size).toBe(51)
    expect(shapes.every((s) => /^US-[A-Z]{2}$/.test(s.id) && s.d.startsWith('m'))).toBe(true)
    expect(shapes.find((s) => s.id === 'US-CA')?.name).toBe('California')
    expect(shapes.find((s) => s.id === 'US-DC')?.name).toBe('District of Columbia')
    expect(shapes.find((s) => s.id === 'US-WY')?.name).toBe('Wyoming')
  })
})
