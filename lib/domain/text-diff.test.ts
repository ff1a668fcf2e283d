import { describe, expect, it } from 'vitest'
import { diffLawTexts } from './text-diff'

describe('diffLawTexts', () => {
  it('marks changed words and counts them', () => {
    const result = diffLawTexts('a person under the age of 16 years', 'a person under the age of 18 years')
    expect(result.segments.filter((s) => s.kind !== 'same')).toEqual([
      { kind: 'removed', text: '16' },
      { kind: 'added', text: '18' },
    ])
    expect(result).toMatchObject({ added: 1, removed: 1, identical: false })
  })

  it('rebuilds both texts from the segments', () => {
    const before = 'Any person who proposes a meeting with a child commits an offence.'
    const after = 'Any adult who, by means of ICT, proposes a meeting with a child commits an offence.'
    const { segments } = diffLawTexts(before, after)
    expect(
      segments
        .filter((s) => s.kind !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(before)
    expect(
      segments
        .filter((s) => s.kind !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(after)
  })

  it('ignores line-ending and spacing differences', () => {
    expect(diffLawTexts('one  two\r\nthree', 'one two\nthree').identical).toBe(true)
  })
})
