import { describe, expect, it } from 'vitest'
import { bestOf, combineAll, fromAssessmentStatus, requiresChange } from './status'

describe('combineAll (every part of a clause must hold)', () => {
  it.each([
    [['MET', 'MET'], 'MET'],
    [['MET', 'NOT_MET'], 'PARTIAL'],
    [['PARTIAL', 'MET'], 'PARTIAL'],
    [['NOT_MET', 'UNKNOWN'], 'NOT_MET'],
    [['NOT_MET', 'NOT_MET'], 'NOT_MET'],
    [['MET', 'UNKNOWN'], 'UNKNOWN'],
    [[], 'UNKNOWN'],
  ] as const)('%j → %s', (parts, expected) => {
    expect(combineAll([...parts])).toBe(expected)
  })
})

describe('bestOf (any alternative suffices)', () => {
  it('prefers met, then partly, then unknown, then not met', () => {
    expect(bestOf(['NOT_MET', 'PARTIAL'])).toBe('PARTIAL')
    expect(bestOf(['NOT_MET', 'UNKNOWN'])).toBe('UNKNOWN')
    expect(bestOf(['UNKNOWN', 'MET', 'NOT_MET'])).toBe('MET')
    expect(bestOf([])).toBe('UNKNOWN')
  })
})

it('a reservation is not compliance with a new clause', () => {
  expect(fromAssessmentStatus('RESERVED')).toBe('PARTIAL')
  expect(requiresChange(fromAssessmentStatus('RESERVED'))).toBe(true)
  expect(requiresChange('UNKNOWN')).toBe(false)
})
