import { describe, expect, it } from 'vitest'
import { correctableWords, expandSynonyms } from './expand-query'
import { formatQuery, parseQuery } from './query-parser'
import { synonymList, toMeilisearchSynonyms } from './synonyms'

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and or', () => {
    expect(parseQuery('Grooming "sexual purposes" -adult')).toEqual([
      { alternatives: ['grooming'], negated: false, quoted: false, source: 'Grooming' },
      { alternatives: ['sexual purposes'], negated: false, quoted: true, source: '"sexual purposes"' },
      { alternatives: ['adult'], negated: true, quoted: false, source: '-adult' },
    ])
    expect(parseQuery('possession or access').map((c) => c.alternatives)).toEqual([['possession', 'access']])
  })

  it('folds accents and punctuation and ignores empty input', () => {
    expect(parseQuery('Protección, menores!').map((c) => c.alternatives[0])).toEqual(['proteccion', 'menores'])
    expect(parseQuery('  "" - ')).toEqual([])
    expect(parseQuery('or grooming').map((c) => c.alternatives)).toEqual([['or'], ['grooming']])
  })

  it('formats clauses back into a query', () => {
    expect(formatQuery(parseQuery('"age verification" -adult grooming or luring'))).toBe(
      '"age verification" -adult grooming or luring',
    )
  })
})

describe('expandSynonyms', () => {
  it('joins consecutive words into a synonym group, longest match first', () => {
    const [clause, rest] = expandSynonyms(parseQuery('child pornography possession'))
    expect(clause.alternatives[0]).toBe('child pornography')
    expect(clause.alternatives).toEqual(expect.arrayContaining(['child sexual abuse material', 'csam', 'csem']))
    expect(clause.synonyms).not.toContain('child pornography')
    expect(rest).toMatchObject({ alternatives: ['possession'], synonyms: [] })
  })

  it('expands the issue’s pairs both ways', () => {
    const alternatives = (q: string) => expandSynonyms(parseQuery(q))[0].alternatives
    expect(alternatives('grooming')).toContain('solicitation of children for sexual purposes')
    expect(alternatives('solicitation of children for sexual purposes')).toContain('grooming')
    expect(alternatives('sextortion')).toContain('sexual extortion')
    expect(alternatives('intermediary')).toEqual(expect.arrayContaining(['online service provider', 'platform']))
    expect(alternatives('CSAM')).toContain('child pornography')
  })

  it('knows the field’s vocabulary: deepfake, AI-generated, sextortion, livestreaming and their legal wording', () => {
    const alternatives = (q: string) => expandSynonyms(parseQuery(q))[0].alternatives
    expect(alternatives('deepfake')).toEqual(
      expect.arrayContaining(['computer-generated', 'pseudo-photograph', 'realistic images', 'ai-generated']),
    )
    expect(alternatives('synthetic')).toContain('deepfake')
    expect(alternatives('sextortion')).toEqual(expect.arrayContaining(['sexual extortion', 'sexually extorting']))
    expect(alternatives('livestreaming')).toEqual(expect.arrayContaining(['live streaming', 'real-time transmission']))
    expect(alternatives('real-time transmission')).toContain('livestreaming')
  })

  it('keeps hyphenated terms whole, and a hyphen finds the same group as a space', () => {
    const [clause] = expandSynonyms(parseQuery('AI-generated'))
    expect(clause.alternatives[0]).toBe('ai-generated')
    expect(clause.alternatives).toContain('computer-generated')
    expect(expandSynonyms(parseQuery('ai generated'))[0].alternatives).toContain('pseudo-photograph')
    expect(expandSynonyms(parseQuery('live-streaming'))[0].synonyms).not.toContain('live streaming')
    // Not offered for typo correction: "AI-generated" must not become "generated".
    expect(correctableWords(expandSynonyms(parseQuery('AI-generated groomng-offence imagery')))).toEqual(['imagery'])
  })

  it('leaves quoted, negated and or-ed clauses as typed', () => {
    expect(expandSynonyms(parseQuery('"child pornography"'))[0].alternatives).toEqual(['child pornography'])
    expect(expandSynonyms(parseQuery('-csam'))[0].alternatives).toEqual(['csam'])
    expect(expandSynonyms(parseQuery('csam or luring'))[0].alternatives).toEqual(['csam', 'luring'])
  })

  it('offers only plain, non-synonym words of four letters or more for typo correction', () => {
    expect(correctableWords(expandSynonyms(parseQuery('groomng of csam "possesion" -adlt 2011 art')))).toEqual([
      'groomng',
    ])
  })
})

describe('the synonym list', () => {
  it('names a source and an official address for every group, and puts no term in two groups', () => {
    for (const group of synonymList) {
      expect(group.source.length, group.terms.join(', ')).toBeGreaterThan(20)
      expect(group.url).toMatch(/^https?:\/\/[^\s]+$/)
      expect(group.terms.every((t) => t === t.toLowerCase().trim())).toBe(true)
    }
    const all = synonymList.flatMap((g) => g.terms.map((t) => t.replace(/-/g, ' ')))
    expect(new Set(all).size).toBe(all.length - 1) // "live streaming" and "live-streaming" on purpose
  })
})

describe('toMeilisearchSynonyms', () => {
  it('maps every term to the rest of its group', () => {
    const synonyms = toMeilisearchSynonyms([['a', 'b', 'c']])
    expect(synonyms).toEqual({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] })
    expect(toMeilisearchSynonyms()['sextortion']).toEqual(['sexual extortion', 'sexually extorting'])
  })
})
