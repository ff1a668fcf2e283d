import { describe, expect, it } from 'vitest'
import { getWorldShapes } from './world-shapes'

describe('world shapes', () => {
  it('projects every country of world-atlas with its M49 code', () => {
    const { shapes, sphere } = getWorldShapes()
    expect(shapes.length).toBeGreaterThan(170)
    expect(sphere).toMatch(/^M/)
    const byId = new Map(shapes.map((s) => [s.id, s]))
    expect(byId.get('826')?.name).toBe('United Kingdom')
    expect(byId.get('276')?.d).toMatch(/^m[\d.]+,[\d.]+/) // relative commands (compactPath)
    expect(byId.has('010')).toBe(false)
  })
})
