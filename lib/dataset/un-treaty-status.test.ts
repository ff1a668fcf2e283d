import { describe, expect, it } from 'vitest'
import { curatedTreatyCoverage } from './treaty-status'
import { UN_TREATY_FILES, parseUnTreatyStatus, splitByCuration } from './un-treaty-status'

const [crc, , , opic] = UN_TREATY_FILES
const header = 'iso2,member,state party,year ratification or accession,signatory,no action,status,note'

describe('parseUnTreatyStatus', () => {
  it('turns state parties into year-only placeholders and signatories into undated signatures', () => {
    const csv = [
      header,
      'AL,Albania,1,1992,0,0,state party,',
      'US,United States,0,,1,0,signatory state,',
      'SO,Somalia,0,,0,1,no action,',
    ].join('\r\n')
    const { actions, fixes, issues } = parseUnTreatyStatus(csv, crc)
    expect(actions).toEqual([
      expect.objectContaining({ jurisdiction: 'AL', action: 'ratification', year: 1992 }),
      expect.objectContaining({ jurisdiction: 'US', action: 'signature', year: null }),
    ])
    expect(fixes).toEqual([])
    expect(issues).toEqual([])
  })

  it('fixes and reports the known defects', () => {
    const csv = [
      header,
      'KP,North Korea,1,1990,0,1,state party,',
      'TP,East Timor,1,2003,0,0,state party,as Timor-Leste',
      'RS,Serbia,1,1991,0,0,state party,',
    ].join('\r\n')
    const { actions, fixes } = parseUnTreatyStatus(csv, crc)
    expect(actions.map((a) => [a.jurisdiction, a.action, a.year])).toEqual([
      ['KP', 'ratification', 1990],
      ['TL', 'ratification', 2003],
      ['RS', 'succession', 2001],
    ])
    expect(fixes).toHaveLength(3)
    expect(fixes[0]).toMatch(/KP flags contradict/)
    expect(fixes[1]).toMatch(/TP.*TL/)
    expect(fixes[2]).toMatch(/RS year 1991/)
  })

  it('trusts the status over a zero "state party" flag (OPIC) and maps South Sudan "S"', () => {
    const csv = [
      'iso2,member,state party,year ratification or accession,signatory,no action,status',
      'BE,Belgium,0,2014,0,0,state party',
      'S,South Sudan,0,,0,1,no action',
    ].join('\r\n')
    const { actions, fixes } = parseUnTreatyStatus(csv, opic)
    expect(actions).toEqual([expect.objectContaining({ jurisdiction: 'BE', action: 'ratification', year: 2014 })])
    expect(fixes.join('\n')).toMatch(/BE flags contradict/)
    expect(fixes.join('\n')).toMatch(/South Sudan.*SS/)
  })

  it('reports rows it cannot use instead of guessing', () => {
    const csv = [
      header,
      'XX1,Nowhere,1,2000,0,0,state party,',
      'FR,France,1,,0,0,state party,',
      'DE,Germany,0,,0,0,pending,',
    ].join('\n')
    const { actions, issues } = parseUnTreatyStatus(csv, crc)
    expect(actions).toEqual([])
    expect(issues).toHaveLength(3)
  })
})

describe('splitByCuration', () => {
  it('keeps the CSV party row of a state whose curated file has only its signature', () => {
    const csv = [
      header,
      'IR,Iran,1,1994,0,0,state party,',
      'US,United States,0,,1,0,signatory state,',
      'DE,Germany,1,1992,0,0,state party,',
    ].join('\r\n')
    const coverage = curatedTreatyCoverage([
      {
        treaty: crc.treaty,
        actions: [
          { jurisdiction: 'IR', action: 'signature', date: '1991-09-05' },
          { jurisdiction: 'US', action: 'signature', date: '1995-02-16' },
          { jurisdiction: 'DE', action: 'ratification', date: '1992-03-06' },
        ],
      },
    ])
    const { kept, superseded } = splitByCuration(parseUnTreatyStatus(csv, crc).actions, crc, coverage)
    expect(kept.map((a) => `${a.jurisdiction} ${a.action}`)).toEqual(['IR ratification'])
    expect(superseded.map((a) => `${a.jurisdiction} ${a.action}`)).toEqual(['US signature', 'DE ratification'])
  })
})
