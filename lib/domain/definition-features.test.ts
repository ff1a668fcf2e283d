import { describe, expect, it } from 'vitest'
import { compareFeatures, featureKeys, featureLabel } from './definition-features'

describe('compareFeatures', () => {
  it('marks a feature that definitions answer differently, and one they answer the same', () => {
    const { rows } = compareFeatures('csam', [
      { ageLimit: 18, virtualOrGenerated: true, visual: true },
      { ageLimit: 16, virtualOrGenerated: false, visual: true },
    ])
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]))
    expect(byKey.ageLimit).toMatchObject({ values: [18, 16], status: 'differs' })
    expect(byKey.virtualOrGenerated).toMatchObject({ values: [true, false], status: 'differs' })
    expect(byKey.visual).toMatchObject({ values: [true, true], status: 'same' })
  })

  it('never reads unknown as no', () => {
    const { rows } = compareFeatures('csam', [{ appearsToBeMinor: true }, {}])
    expect(rows.find((row) => row.key === 'appearsToBeMinor')).toMatchObject({
      values: [true, null],
      status: 'incomplete',
    })
    expect(rows.find((row) => row.key === 'audio')).toMatchObject({ values: [null, null], status: 'unknown' })
  })

  it('lists every declared feature in schema order, with a label', () => {
    expect(featureKeys('grooming', [])[0]).toBe('ageLimit')
    expect(compareFeatures('grooming', [{}]).rows).toHaveLength(featureKeys('grooming', []).length)
    expect(featureLabel('requiresIct')).toBe('Requires use of ICT')
    expect(featureLabel('someNewThing')).toBe('Some New Thing')
  })

  it('treats features that break the schema as unknown and reports them', () => {
    const { rows, invalid } = compareFeatures('child', [{ ageLimit: 'eighteen' }, { ageLimit: 18 }])
    expect(invalid).toEqual([true, false])
    expect(rows.find((row) => row.key === 'ageLimit')?.values).toEqual([null, 18])
  })

  it('uses the keys found in the data for a concept without a schema', () => {
    expect(compareFeatures('new-concept', [{ b: true }, { a: false }]).rows.map((row) => row.key)).toEqual(['a', 'b'])
  })
})
