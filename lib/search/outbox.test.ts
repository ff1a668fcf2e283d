import { describe, expect, it } from 'vitest'
import { toSearchEntityType } from './outbox'

describe('toSearchEntityType', () => {
  it('accepts model names and entity names, and knows what search does not index', () => {
    expect(toSearchEntityType('Provision')).toBe('provision')
    expect(toSearchEntityType('InstrumentVersion')).toBe('instrumentVersion')
    expect(toSearchEntityType('definition')).toBe('definition')
    expect(toSearchEntityType('AgeBenchmark')).toBeNull()
    expect(toSearchEntityType('TreatyAction')).toBeNull()
  })
})
