import { describe, expect, it } from 'vitest'
import { parsePartialDate, seedId, toDate, toEnum } from './convert'

describe('convert', () => {
  it('maps kebab-case dataset enums to Prisma enums', () => {
    expect(toEnum('needs-review')).toBe('NEEDS_REVIEW')
    expect(toEnum('eu-regulation')).toBe('EU_REGULATION')
    expect(toEnum('verified')).toBe('VERIFIED')
  })

  it('parses partial treaty dates with their precision', () => {
    expect(parsePartialDate('2011')).toEqual({ date: new Date('2011-01-01T00:00:00Z'), precision: 'YEAR' })
    expect(parsePartialDate('2011-05')).toEqual({ date: new Date('2011-05-01T00:00:00Z'), precision: 'MONTH' })
    expect(parsePartialDate('2011-05-31')?.precision).toBe('DAY')
    expect(parsePartialDate('2011-02-30')).toBeNull()
    expect(parsePartialDate('2011-13')).toBeNull()
  })

  it('reads calendar dates as UTC midnight', () => {
    expect(toDate('2023-10-26')?.toISOString()).toBe('2023-10-26T00:00:00.000Z')
    expect(toDate(undefined)).toBeNull()
  })

  it('derives stable, entity-scoped ids', () => {
    expect(seedId('Definition', 'GB|csam')).toBe(seedId('Definition', 'GB|csam'))
    expect(seedId('Definition', 'GB|csam')).not.toBe(seedId('AgeBenchmark', 'GB|csam'))
    expect(seedId('X', 'y')).toMatch(/^d[0-9a-f]{24}$/)
  })
})
