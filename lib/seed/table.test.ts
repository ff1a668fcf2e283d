import { describe, expect, it } from 'vitest'
import { diffRow } from './table'

describe('diffRow', () => {
  it('sees no change when dates, JSON key order and null/undefined agree', () => {
    const wanted = {
      id: 'a',
      on: new Date('2020-01-01T00:00:00Z'),
      features: { b: 1, a: null },
      note: null,
      list: ['x'],
    }
    const current = {
      id: 'other',
      on: new Date('2020-01-01T00:00:00Z'),
      features: { a: null, b: 1 },
      note: undefined,
      list: ['x'],
    }
    expect(diffRow(wanted, current)).toBeNull()
  })

  it('returns only the changed fields, before and after', () => {
    expect(diffRow({ id: 'a', name: 'New', code: 'GB' }, { id: 'a', name: 'Old', code: 'GB' })).toEqual({
      before: { name: 'Old' },
      after: { name: 'New' },
    })
  })
})
