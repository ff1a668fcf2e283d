import { describe, expect, it } from 'vitest'
import { compactPath } from './compact-path'

/** Turns a path of m/l/z (relative) or M/L/Z (absolute) commands back into absolute points, in tenths. */
function points(d: string): number[][] {
  const out: number[][] = []
  let x = 0
  let y = 0
  let sx = 0
  let sy = 0
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') {
      x = sx
      y = sy
      out.push(['Z'.length, x, y])
      continue
    }
    const values = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map((v) => Math.round(Number(v) * 10))
    for (let i = 0; i < values.length; i += 2) {
      const relative = command === 'm' || command === 'l'
      x = relative ? x + values[i] : values[i]
      y = relative ? y + values[i + 1] : values[i + 1]
      if ((command === 'M' || command === 'm') && i === 0) {
        sx = x
        sy = y
      }
      out.push([0, x, y])
    }
  }
  return out
}

describe('compactPath', () => {
  const square = 'M210.7,72.7L210.4,72.7L208.3,69.9L207.7,68.7Z'
  const rings = 'M10,10L20,10L20,20ZM30.5,30.5L31,30.5L31,-2.4Z'

  it('keeps every point, across several rings', () => {
    for (const d of [square, rings]) expect(points(compactPath(d))).toEqual(points(d))
  })

  it('is shorter, writes relative commands and drops leading zeros', () => {
    const compact = compactPath(square)
    expect(compact).toBe('m210.7,72.7l-.3,0-2.1-2.8-.6-1.2z')
    expect(compact.length).toBeLessThan(square.length)
  })

  it('returns a path it does not understand unchanged', () => {
    expect(compactPath('M0,0C1,1,2,2,3,3')).toBe('M0,0C1,1,2,2,3,3')
    expect(compactPath('M0,0L1')).toBe('M0,0L1')
  })
})
