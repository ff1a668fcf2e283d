import { describe, expect, it } from 'vitest'
import { lawDateToDay } from './law-date-to-day'
import { isoDay } from '@/lib/domain/format-partial-date'

describe('lawDateToDay', () => {
  it('reads a year, a month or a day as the first day it covers', () => {
    expect(isoDay(lawDateToDay({ value: '2002', precision: 'YEAR' }))).toBe('2002-01-01')
    expect(isoDay(lawDateToDay({ value: '2002-02', precision: 'MONTH' }))).toBe('2002-02-01')
    expect(isoDay(lawDateToDay({ value: '2002-02-28', precision: 'DAY' }))).toBe('2002-02-28')
  })
  it('refuses dates that do not exist', () => {
    expect(lawDateToDay({ value: '2002-02-30', precision: 'DAY' })).toBeNull()
    expect(lawDateToDay({ value: 'soon', precision: 'DAY' })).toBeNull()
    expect(lawDateToDay(undefined)).toBeNull()
  })
})
