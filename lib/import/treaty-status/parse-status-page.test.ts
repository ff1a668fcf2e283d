import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articlesIn } from './article-lists'
import { countryNameResolver } from './country-names'
import { detectStatusFormat, parseStatusPage } from './detect'

const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests/fixtures/treaty-status', name), 'utf8')
const countryCsv = readFileSync(path.join(process.cwd(), 'prisma/data/reference/countries/country-codes.csv'), 'utf8')
const placeholders = { Testland: 'XA', Fakeland: 'XB', Sampleland: 'XC', Mockland: 'XD' }
const resolve = countryNameResolver(countryCsv, placeholders)

describe('country names as the depositaries print them', () => {
  it('maps long, historic and accented forms to ISO codes', () => {
    const plain = countryNameResolver(countryCsv)
    expect(plain('United Kingdom of Great Britain and Northern Ireland')).toBe('GB')
    expect(plain('Türkiye')).toBe('TR')
    expect(plain('Holy See')).toBe('VA')
    expect(plain('State of Palestine')).toBe('PS')
    expect(plain('Côte d’Ivoire')).toBe('CI')
    expect(plain('Bolivia (Plurinational State of)')).toBe('BO')
    expect(plain('Netherlands (Kingdom of the)')).toBe('NL')
    expect(plain('Testland')).toBeNull()
  })
})

describe('UN Treaty Collection status page', () => {
  it('reads the status date, participants, action markers, footnotes and reservation texts', () => {
    const html = fixture('un-status-b.html')
    expect(detectStatusFormat(html)).toBe('un-mtdsg')
    const { page, problems } = parseStatusPage(html, resolve)
    expect(problems).toEqual([])
    expect(page).toMatchObject({
      format: 'un-mtdsg',
      statusAsOf: '2026-11-15',
      sourceUrl: 'https://example.org/un/status/test-convention',
    })
    const by = Object.fromEntries(page!.participants.map((p) => [p.code, p]))
    expect(by.XB.actions).toEqual([{ action: 'ACCESSION', date: { date: '2012-03-06', precision: 'DAY' } }])
    expect(by.XD.actions.map((a) => a.action)).toEqual(['SIGNATURE', 'APPROVAL'])
    expect(by.XC).toMatchObject({ name: 'Sampleland', footnotes: ['3', '4'] })
    expect(by.XC.reservations).toEqual([
      {
        kind: 'DECLARATION',
        articles: ['20(1)(b)'],
        text: expect.stringContaining('material produced with a real child'),
      },
    ])
    expect(by.XB.reservations[0]).toMatchObject({ kind: 'RESERVATION', articles: ['9(4)'] })
  })

  it('names an unknown participant and a date it cannot read', () => {
    const html = fixture('un-status-a.html')
      .replace('<td>Testland<sup>2</sup></td>', '<td>Atlantis</td>')
      .replace('6 Mar 2012 a', '6 Mar 2012 q')
    const { problems } = parseStatusPage(html, resolve)
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Unknown participant "Atlantis"'),
      expect.stringContaining('Fakeland: "6 Mar 2012 q" is not a date'),
    ])
  })
})

describe('Council of Europe chart of signatures and ratifications', () => {
  it('reads member and non-member tables, the accession note, entry into force and reservation texts', () => {
    const html = fixture('coe-chart-a.html')
    expect(detectStatusFormat(html)).toBe('coe-chart')
    const { page, problems } = parseStatusPage(html, resolve)
    expect(problems).toEqual([])
    expect(page).toMatchObject({ format: 'coe-chart', statusAsOf: '2026-11-01', cetsNumber: '999' })
    const by = Object.fromEntries(page!.participants.map((p) => [p.code, p]))
    expect(by.XA.actions).toEqual([
      { action: 'SIGNATURE', date: { date: '2001-11-23', precision: 'DAY' } },
      { action: 'RATIFICATION', date: { date: '2004-03-12', precision: 'DAY' }, entryIntoForce: '2004-07-01' },
    ])
    expect(by.XB.actions[0]).toMatchObject({ action: 'ACCESSION', entryIntoForce: '2012-07-01' })
    expect(by.XC.actions.map((a) => a.action)).toEqual(['SIGNATURE'])
    expect(by.XB.reservations).toEqual([
      {
        kind: 'RESERVATION',
        articles: ['9(4)'],
        madeOn: '2012-03-06',
        text: expect.stringContaining('reserves the right not to apply'),
      },
    ])
    expect(by.XA.reservations[0]).toMatchObject({ kind: 'DECLARATION', articles: ['35'], madeOn: '2004-03-12' })
  })

  it('refuses a file in neither format', () => {
    expect(parseStatusPage('<html><body>hello</body></html>', resolve).problems[0].message).toMatch(
      /Not a UN Treaty Collection status page/,
    )
  })
})

describe('articlesIn', () => {
  it('writes article references the LexBridge way', () => {
    expect(articlesIn('reserves the right not to apply article 9, paragraph 4, and Article 20 (1) (b)')).toEqual([
      '9(4)',
      '20(1)(b)',
    ])
  })
})
