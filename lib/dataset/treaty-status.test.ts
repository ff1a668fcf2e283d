import { describe, expect, it } from 'vitest'
import { curatedTreatyCoverage, isCoveredByCurated, summariseTreatyActions } from './treaty-status'

describe('summariseTreatyActions', () => {
  it('counts a consent as a party, a signature alone as a signatory, and a later denunciation as neither', () => {
    const summary = summariseTreatyActions([
      { jurisdiction: 'AL', action: 'signature', date: '2001-11-23' },
      { jurisdiction: 'AL', action: 'ratification', date: '2002-06-20' },
      { jurisdiction: 'ZA', action: 'signature', date: '2001-11-23' },
      { jurisdiction: 'NG', action: 'accession' },
      { jurisdiction: 'RU', action: 'ratification', date: '2013' },
      { jurisdiction: 'RU', action: 'denunciation', date: '2023-06-09' },
    ])
    expect(summary.parties).toEqual(['AL', 'NG'])
    expect(summary.signatories).toEqual(['ZA'])
    expect(summary.undatedParties).toEqual(['NG'])
  })

  it('keeps a party whose consent came after an earlier denunciation', () => {
    const summary = summariseTreatyActions([
      { jurisdiction: 'PE', action: 'ratification', date: '1990' },
      { jurisdiction: 'PE', action: 'denunciation', date: '1995' },
      { jurisdiction: 'PE', action: 'accession', date: '2001' },
    ])
    expect(summary.parties).toEqual(['PE'])
  })
})

describe('isCoveredByCurated', () => {
  const coverage = curatedTreatyCoverage([
    {
      treaty: '/t',
      actions: [
        { jurisdiction: 'IR', action: 'signature', date: '1991-09-05' },
        { jurisdiction: 'DE', action: 'ratification', date: '1992-03-06' },
      ],
    },
  ])

  it('lets a curated signature replace only the coarse signature row', () => {
    expect(isCoveredByCurated(coverage, '/t', 'IR', 'signature')).toBe(true)
    expect(isCoveredByCurated(coverage, '/t', 'IR', 'ratification')).toBe(false)
  })

  it('lets a curated consent replace both coarse rows, and leaves other treaties and states alone', () => {
    expect(isCoveredByCurated(coverage, '/t', 'DE', 'ratification')).toBe(true)
    expect(isCoveredByCurated(coverage, '/t', 'DE', 'signature')).toBe(true)
    expect(isCoveredByCurated(coverage, '/other', 'DE', 'ratification')).toBe(false)
    expect(isCoveredByCurated(coverage, '/t', 'FR', 'signature')).toBe(false)
  })
})
