import { describe, expect, it } from 'vitest'
import { seedId, toDate, toEnum } from './convert'

describe('convert', () => {
  it('maps kebab-case dataset enums to Prisma enums', () => {
    expect(toEnum('needs-review')).toBe('NEEDS_REVIEW')
    expect(toEnum('eu-regulation')).toBe('EU_REGULATION')
    expect(toEnum('verified')).toBe('VERIFIED')
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
