import { describe, expect, it } from 'vitest'
import { deriveElement, isConflict } from './derivation'
import { d } from './test-builders'
import { emptyFacts, type DerivationFacts } from './gap-inputs'

const always = { from: null, to: null }
const facts = (overrides: Partial<DerivationFacts>): DerivationFacts => ({ ...emptyFacts, ...overrides })

describe('csam-age-18', () => {
  it('is met when every CSAM age limit is 18 or more', () => {
    const result = deriveElement(
      'csam-age-18',
      facts({ csamAgeLimits: [{ age: 18, citation: 'PCA 1978, s. 7(6)', validity: always }] }),
      d('2024-01-01'),
    )
    expect(result).toMatchObject({ status: 'MET', sources: ['PCA 1978, s. 7(6)'] })
  })
  it('is not met below 18 and partly met when limits differ', () => {
    expect(
      deriveElement(
        'csam-age-18',
        facts({ csamAgeLimits: [{ age: 16, citation: 'x', validity: always }] }),
        d('2024-01-01'),
      )?.status,
    ).toBe('NOT_MET')
    const mixed = [
      { age: 16, citation: 'x', validity: always },
      { age: 18, citation: 'y', validity: always },
    ]
    expect(deriveElement('csam-age-18', facts({ csamAgeLimits: mixed }), d('2024-01-01'))?.status).toBe('PARTIAL')
  })
  it('uses only the limits in force on the date (raised from 16 to 18 in 2004)', () => {
    const history = [
      { age: 16, citation: 'old', validity: { from: null, to: d('2004-05-01') } },
      { age: 18, citation: 'new', validity: { from: d('2004-05-01'), to: null } },
    ]
    expect(deriveElement('csam-age-18', facts({ csamAgeLimits: history }), d('2003-01-01'))?.status).toBe('NOT_MET')
    expect(deriveElement('csam-age-18', facts({ csamAgeLimits: history }), d('2005-01-01'))?.status).toBe('MET')
  })
  it('says nothing when nothing is recorded', () => {
    expect(deriveElement('csam-age-18', facts({}), d('2024-01-01'))).toBeNull()
  })
})

describe('csam-virtual and csam-possession', () => {
  it('is met when any CSAM definition covers generated material', () => {
    const list = [
      { covered: false, citation: 'a', validity: always },
      { covered: true, citation: 'b', validity: always },
    ]
    expect(deriveElement('csam-virtual', facts({ csamVirtual: list }), d('2024-01-01'))).toMatchObject({
      status: 'MET',
      sources: ['b'],
    })
    expect(deriveElement('csam-virtual', facts({ csamVirtual: [list[0]] }), d('2024-01-01'))?.status).toBe('NOT_MET')
  })
  it('carries the ICMEC possession assessment over while its evidence is in force', () => {
    const possession = {
      status: 'MET' as const,
      citations: ['s. 160'],
      validity: [{ from: d('1988-09-29'), to: null }],
    }
    expect(deriveElement('csam-possession', facts({ possession }), d('2000-01-01'))?.status).toBe('MET')
    expect(deriveElement('csam-possession', facts({ possession }), d('1980-01-01'))).toBeNull()
    expect(
      deriveElement('csam-possession', facts({ possession: { ...possession, status: 'UNKNOWN' } }), d('2000-01-01')),
    ).toBeNull()
  })
  it('ignores unknown rule keys and missing facts', () => {
    expect(deriveElement('no-such-rule', facts({}), d('2024-01-01'))).toBeNull()
    expect(deriveElement('csam-virtual', undefined, d('2024-01-01'))).toBeNull()
  })
})

describe('conflicts between curated and derived results', () => {
  it('flags disagreement but not a curated reservation of a shortfall', () => {
    expect(isConflict('MET', 'NOT_MET')).toBe(true)
    expect(isConflict('MET', 'MET')).toBe(false)
    expect(isConflict('UNKNOWN', 'MET')).toBe(false)
    expect(isConflict('RESERVED', 'NOT_MET')).toBe(false)
    expect(isConflict('RESERVED', 'MET')).toBe(true)
  })
})
