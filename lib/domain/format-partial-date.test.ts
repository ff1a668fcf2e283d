import { describe, expect, it } from 'vitest'
import { formatPartialDate, partialIsoDate } from './format-partial-date'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('partial dates', () => {
  it('keeps a year-only or month-only date partial in ISO form', () => {
    expect(partialIsoDate(day('2012-01-01'), 'YEAR')).toBe('2012')
    expect(partialIsoDate(day('2011-05-01'), 'MONTH')).toBe('2011-05')
    expect(partialIsoDate(day('2011-05-31'), 'DAY')).toBe('2011-05-31')
    expect(partialIsoDate(null, 'YEAR')).toBeNull()
  })

  it('writes it for people without inventing a day or month', () => {
    expect(formatPartialDate(day('2012-01-01'), 'YEAR')).toBe('2012')
    expect(formatPartialDate(day('2011-05-01'), 'MONTH')).toBe('May 2011')
    expect(formatPartialDate(day('2011-05-31'))).toBe('31 May 2011')
    expect(formatPartialDate(null)).toBe('date not recorded')
    expect(formatPartialDate(undefined, 'DAY', '—')).toBe('—')
  })
})
