import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { classifyCountry, COUNTRY_CODES_FILE, displayName, parseCountryCodes } from './countries'

describe('displayName', () => {
  it('spells out abbreviations and ampersands from CLDR', () => {
    expect(displayName('UK')).toBe('United Kingdom')
    expect(displayName('US')).toBe('United States')
    expect(displayName('Trinidad & Tobago')).toBe('Trinidad and Tobago')
    expect(displayName('St. Kitts & Nevis')).toBe('Saint Kitts and Nevis')
    expect(displayName('Congo - Kinshasa')).toBe('Democratic Republic of the Congo')
  })
  it('keeps friendly short names as they are', () => {
    expect(displayName('Russia')).toBe('Russia')
    expect(displayName('Côte d’Ivoire')).toBe('Côte d’Ivoire')
  })
})

describe('classifyCountry', () => {
  it('reads territories and their sovereign from the reference column "is_independent"', () => {
    expect(classifyCountry('FR', 'Yes')).toEqual({ kind: 'STATE', sovereign: null, sovereignRelation: null })
    expect(classifyCountry('BM', 'Territory of GB')).toEqual({
      kind: 'TERRITORY',
      sovereign: 'GB',
      sovereignRelation: 'Territory of',
    })
    expect(classifyCountry('AW', 'Part of NL')).toEqual({
      kind: 'TERRITORY',
      sovereign: 'NL',
      sovereignRelation: 'Part of',
    })
    expect(classifyCountry('JE', 'Crown dependency of GB')).toMatchObject({
      kind: 'TERRITORY',
      sovereign: 'GB',
      sovereignRelation: 'Crown dependency of',
    })
    expect(classifyCountry('UM', 'Territories of US')).toMatchObject({
      kind: 'TERRITORY',
      sovereign: 'US',
      sovereignRelation: 'Territory of',
    })
    expect(classifyCountry('CK', 'Associated with NZ')).toMatchObject({ kind: 'TERRITORY', sovereign: 'NZ' })
  })
  it('makes Antarctica and Western Sahara "other", and keeps Palestine a state', () => {
    expect(classifyCountry('AQ', 'International').kind).toBe('OTHER')
    expect(classifyCountry('EH', 'In contention').kind).toBe('OTHER')
    expect(classifyCountry('PS', 'In contention').kind).toBe('STATE')
  })
  it('classifies the real reference file: 195 states, every territory with a sovereign in the file', () => {
    const { countries } = parseCountryCodes(readFileSync(path.join('prisma/data', COUNTRY_CODES_FILE), 'utf8'))
    const codes = new Set(countries.map((c) => c.code))
    const territories = countries.filter((c) => c.kind === 'TERRITORY')
    expect(countries.filter((c) => c.kind === 'STATE').length).toBe(196)
    expect(territories.map((c) => c.code)).toEqual(expect.arrayContaining(['AW', 'BM', 'AS', 'GL', 'HK', 'PR']))
    for (const t of territories) expect(codes.has(t.sovereign!)).toBe(true)
    expect(countries.find((c) => c.code === 'AQ')?.kind).toBe('OTHER')
  })
})
