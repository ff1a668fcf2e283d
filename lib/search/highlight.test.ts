import { describe, expect, it } from 'vitest'
import {
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  keepMatchedHighlights,
  phraseWords,
  sameWord,
  splitHighlights,
  stripHighlights,
} from './highlight'

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

describe('keepMatchedHighlights', () => {
  const phrases = ['sextortion', 'sexual extortion', 'sexually extorting'].map(phraseWords)
  const marked = (text: string) => text.replace(/\[/g, S).replace(/\]/g, E)
  const shown = (text: string) => text.replaceAll(S, '[').replaceAll(E, ']')

  it('unmarks a word of a synonym phrase that stands alone, and keeps the whole phrase', () => {
    const snippet = marked('[sexual] assault of children and [sexual] [extortion] of children')
    expect(shown(keepMatchedHighlights(snippet, phrases))).toBe(
      'sexual assault of children and [sexual] [extortion] of children',
    )
  })

  it('matches other forms of the words, and hyphenated terms word by word', () => {
    expect(shown(keepMatchedHighlights(marked('[sexually] [extorting] a child'), phrases))).toBe(
      '[sexually] [extorting] a child',
    )
    const generated = [phraseWords('computer-generated'), phraseWords('pseudo-photograph')]
    expect(
      shown(keepMatchedHighlights(marked('[computer] or [computer]-[generated] [pseudo]-[photographs]'), generated)),
    ).toBe('computer or [computer]-[generated] [pseudo]-[photographs]')
  })

  it('keeps single searched words wherever they stand and never adds a mark', () => {
    expect(shown(keepMatchedHighlights(marked('[grooming] a child'), [['grooming'], ['child']]))).toBe(
      '[grooming] a child',
    )
    expect(keepMatchedHighlights('no marks here', [['no']])).toBe('no marks here')
  })

  it('keeps the text itself unchanged', () => {
    const snippet = marked('<b>“[sexual] [extortion]”</b> — (s. 15B)')
    expect(stripHighlights(keepMatchedHighlights(snippet, phrases))).toBe(stripHighlights(snippet))
  })
})

describe('sameWord', () => {
  it('tells forms of one word from different words', () => {
    expect(sameWord('Extorting', 'extortion')).toBe(true)
    expect(sameWord('photographs', 'photograph')).toBe(true)
    expect(sameWord('protección', 'proteccion')).toBe(true)
    expect(sameWord('sexual', 'sex')).toBe(false)
    expect(sameWord('material', 'maternal')).toBe(false)
    expect(sameWord('child', 'children')).toBe(true)
  })
})
