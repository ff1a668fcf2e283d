import { describe, expect, it } from 'vitest'
import { matchPickerOptions, type PickerGroup, type PickerJurisdiction } from './picker-options'

const jurisdictions: PickerJurisdiction[] = [
  { code: 'FR', name: 'France', hasData: true },
  { code: 'DE', name: 'Germany', hasData: true },
  { code: 'FI', name: 'Finland', hasData: false },
  { code: 'CI', name: 'Côte d’Ivoire', hasData: false },
  { code: 'ZA', name: 'South Africa', hasData: true },
  { code: 'FRA-X', name: 'Frankland', hasData: false },
]
const groups: PickerGroup[] = [
  { key: 'org:EU', kind: 'organisation', label: 'European Union', codes: ['DE', 'FI', 'FR', 'ZZ'] },
  { key: 'm49:002', kind: 'region', label: 'Africa', codes: ['CI', 'ZA'] },
]
const match = (text: string, chosen: string[] = [], groupMembers: 'all' | 'with-law' = 'all') =>
  matchPickerOptions({ text, jurisdictions, groups, chosen, groupMembers })

describe('matchPickerOptions', () => {
  it('suggests nothing for empty text', () => {
    expect(match('  ')).toEqual([])
  })

  it('puts an exact code first, then name prefixes, law recorded before none', () => {
    expect(match('fr').map((o) => o.key)).toEqual(['j:FR', 'j:FRA-X'])
    expect(match('f').map((o) => o.key)).toEqual(['j:FR', 'j:FI', 'j:FRA-X'])
  })

  it('matches a word inside the name and ignores accents and case', () => {
    expect(match('frica').map((o) => o.key)).toEqual(['j:ZA', 'm49:002'])
    expect(match('africa').map((o) => o.key)).toEqual(['j:ZA', 'm49:002'])
    expect(match('COTE').map((o) => o.key)).toEqual(['j:CI'])
  })

  it('offers a group by its code first, adding only known members not yet chosen', () => {
    const [eu] = match('eu', ['FR'])
    expect(eu).toMatchObject({ key: 'org:EU', kind: 'organisation', codes: ['DE', 'FI'] })
    expect(eu.detail).toBe('adds 2 members')
  })

  it('adds only members with recorded law when asked to', () => {
    const [eu] = match('eu', [], 'with-law')
    expect(eu.codes).toEqual(['DE', 'FR'])
    expect(eu.detail).toBe('adds 2 members with law recorded')
  })

  it('leaves out chosen jurisdictions and groups that would add nothing', () => {
    expect(match('europ', ['DE', 'FI', 'FR'])).toEqual([])
    expect(match('germ', ['DE'])).toEqual([])
  })
})
