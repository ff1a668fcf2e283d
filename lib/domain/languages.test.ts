import { describe, expect, it } from 'vitest'
import { htmlLang, toLanguage3 } from './languages'

describe('language codes', () => {
  it('reads two- and three-letter codes, any case and region, as ISO 639-3', () => {
    expect(toLanguage3('de')).toBe('deu')
    expect(toLanguage3('EN-GB')).toBe('eng')
    expect(toLanguage3('fra')).toBe('fra')
    expect(toLanguage3(undefined)).toBe('eng')
    expect(toLanguage3('xx', 'und')).toBe('und')
  })

  it('gives HTML the two-letter code where one exists, else the three-letter one', () => {
    expect(htmlLang('deu')).toBe('de')
    expect(htmlLang('zho')).toBe('zh')
    expect(htmlLang('JPN')).toBe('ja')
    expect(htmlLang('fil')).toBe('fil')
    expect(htmlLang('')).toBeUndefined()
    expect(htmlLang('en-GB')).toBeUndefined()
    expect(htmlLang(null)).toBeUndefined()
  })
})
