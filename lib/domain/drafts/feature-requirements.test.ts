import { describe, expect, it } from 'vitest'
import { checkFeatures } from './feature-requirements'

describe('checkFeatures', () => {
  it('meets a requirement-free link with any definition', () => {
    expect(checkFeatures({}, { visual: false }).status).toBe('MET')
  })
  it('compares booleans exactly and ages as a floor', () => {
    const result = checkFeatures({ virtualOrGenerated: true, ageLimit: 18 }, { virtualOrGenerated: true, ageLimit: 18 })
    expect(result.status).toBe('MET')
    expect(checkFeatures({ ageLimit: 18 }, { ageLimit: 16 }).status).toBe('NOT_MET')
    expect(checkFeatures({ requiresAdultOffender: false }, { requiresAdultOffender: true }).status).toBe('NOT_MET')
  })
  it('is partly met when some features hold and others fail', () => {
    const result = checkFeatures(
      { virtualOrGenerated: true, ageLimit: 18 },
      { virtualOrGenerated: false, ageLimit: 18 },
    )
    expect(result.status).toBe('PARTIAL')
    expect(result.checks.find((c) => c.feature === 'virtualOrGenerated')).toMatchObject({
      status: 'fail',
      actual: false,
    })
  })
  it('never assumes an unrecorded feature', () => {
    expect(checkFeatures({ virtualOrGenerated: true }, { virtualOrGenerated: null }).status).toBe('UNKNOWN')
    expect(checkFeatures({ virtualOrGenerated: true, ageLimit: 18 }, { ageLimit: 18 }).status).toBe('UNKNOWN')
    expect(checkFeatures({ virtualOrGenerated: true, ageLimit: 18 }, { ageLimit: 14 }).status).toBe('NOT_MET')
  })
})
