import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, splitHighlights, stripHighlights } from './highlight'

describe('splitHighlights', () => {
  it('splits a snippet into plain and highlighted segments', () => {
    expect(splitHighlights(`the ${S}grooming${E} of a ${S}child${E}.`)).toEqual([
      { text: 'the ', highlighted: false },
      { text: 'grooming', highlighted: true },
      { text: ' of a ', highlighted: false },
      { text: 'child', highlighted: true },
      { text: '.', highlighted: false },
    ])
  })

  it('keeps markup in data as text, never as elements', () => {
    expect(splitHighlights(`<b>${S}x${E}</b>`)).toEqual([
      { text: '<b>', highlighted: false },
      { text: 'x', highlighted: true },
      { text: '</b>', highlighted: false },
    ])
  })

  it('merges adjacent highlights and survives an unclosed marker', () => {
    expect(splitHighlights(`${S}child${E}${S} sexual${E} abuse ${S}mat`)).toEqual([
      { text: 'child sexual', highlighted: true },
      { text: ' abuse ', highlighted: false },
      { text: 'mat', highlighted: true },
    ])
    expect(splitHighlights('')).toEqual([])
  })

  it('strips markers for plain text', () => {
    expect(stripHighlights(`a ${S}b${E} c`)).toBe('a b c')
  })
})
