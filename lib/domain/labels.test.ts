import { describe, expect, it } from 'vitest'
import { formatLegalDate } from './labels'

describe('formatLegalDate', () => {
  it('shows only what the precision allows', () => {
    const date = new Date('2011-03-01T00:00:00Z')
    expect(formatLegalDate(date, 'YEAR')).toBe('2011')
    expect(formatLegalDate(date, 'MONTH')).toBe('March 2011')
    expect(formatLegalDate(date, 'DAY')).toBe('1 March 2011')
  })
  it('says plainly when there is no date', () => {
    expect(formatLegalDate(null)).toBe('date not recorded')
  })
})
