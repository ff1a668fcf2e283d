import { describe, expect, it } from 'vitest'
import { articlesOverlap, containsArticle, normaliseArticle, parseArticleRefs } from './article-refs'

describe('treaty article references', () => {
  it('normalises prefixes, case and spaces', () => {
    expect(normaliseArticle(' Art. 9 (2)(B) ')).toBe('9(2)(b)')
    expect(normaliseArticle('Article 20(3)')).toBe('20(3)')
  })
  it('knows which article contains which', () => {
    expect(containsArticle('20', '20(3)')).toBe(true)
    expect(containsArticle('20(3)', '20(3)')).toBe(true)
    expect(containsArticle('20(3)', '20')).toBe(false)
    expect(containsArticle('2', '20(3)')).toBe(false)
    expect(articlesOverlap('9(2)', '9(2)(b)')).toBe(true)
    expect(articlesOverlap('9(1)(d)', '9(2)(b)')).toBe(false)
  })
  it('reads article numbers from free-text references', () => {
    expect(parseArticleRefs('Budapest Convention, art. 9(1)(d) and 9(4)')).toEqual(['9(1)(d)', '9(4)'])
    expect(parseArticleRefs('Lanzarote Convention, arts. 3(a) and 20(2)')).toEqual(['3(a)', '20(2)'])
    expect(parseArticleRefs('Lanzarote Convention, art. 20(3), first indent')).toEqual(['20(3)'])
    expect(parseArticleRefs('OOSI 4.4.1')).toEqual([])
    expect(parseArticleRefs(null)).toEqual([])
  })
})
