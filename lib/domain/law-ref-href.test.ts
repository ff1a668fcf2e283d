import { describe, expect, it } from 'vitest'
import { lawRefHref } from './law-ref-href'

describe('lawRefHref', () => {
  it('links in-text, Akoma Ntoso and web references, and nothing else', () => {
    expect(lawRefHref('#sec_2')).toBe('#sec_2')
    expect(lawRefHref('/akn/za/act/2005/38#sec_1')).toBe('/instruments/akn/za/act/2005/38#sec_1')
    expect(lawRefHref('https://www.legislation.gov.uk/ukpga/1998/29')).toBe(
      'https://www.legislation.gov.uk/ukpga/1998/29',
    )
    expect(lawRefHref('javascript:alert(1)')).toBeNull()
    expect(lawRefHref('../foo')).toBeNull()
  })
})
