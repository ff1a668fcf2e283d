import { describe, expect, it } from 'vitest'
import { parsePartialDate } from './parse-partial-date'

describe('parsePartialDate', () => {
  it('reads partial treaty dates with their precision', () => {
    expect(parsePartialDate('2011')).toEqual({ date: new Date('2011-01-01T00:00:00Z'), precision: 'YEAR' })
    expect(parsePartialDate('2011-05')).toEqual({ date: new Date('2011-05-01T00:00:00Z'), precision: 'MONTH' })
    expect(parsePartialDate('2011-05-31')?.precision).toBe('DAY')
  })

  it('refuses dates that do not exist', () => {
    expect(parsePartialDate('2011-02-30')).toBeNull()
    expect(parsePartialDate('2011-13')).toBeNull()
    expect(parsePartialDate('11-05-2011')).toBeNull()
  })
})
