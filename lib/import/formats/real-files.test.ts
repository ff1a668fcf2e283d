import { describe, expect, it } from 'vitest'
import type { LawDocument } from './law-document'
import { allNodes, byEId, countTag, LAW_SOURCES, lawSourcesHas, readLawSource } from './law-sources'
import { parseLawDocument } from './parse-law-document'

/**
 * Real published files from ../shared/law-sources (origin and licence in its README). The counts
 * and words asserted here were checked by reading each file, not taken from the README.
 */
function parse(file: string): LawDocument {
  const result = parseLawDocument(readLawSource(file))
  if (!result.ok) throw new Error(`${file}: ${result.problems[0].message}`)
  return result.document
}

const title = (folder: string, what: string) =>
  lawSourcesHas(folder) ? `${what} (${LAW_SOURCES}/${folder})` : `${what} — skipped: ${LAW_SOURCES}/${folder} is absent`

function expectUniqueEIds(doc: LawDocument) {
  const eIds = allNodes(doc.nodes).map((n) => n.eId)
  expect(new Set(eIds).size).toBe(eIds.length)
}

describe.skipIf(!lawSourcesHas('akn'))(title('akn', 'real Akoma Ntoso files'), () => {
  it('Data Protection Act 1998 (legislation.gov.uk AKN): 18 parts, 95 sections, 16 schedules, notes aside', () => {
    const doc = parse('akn/uk_ukpga_1998_29_data-protection-act-1998.akn3.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/gb/act/1998/29',
      country: 'gb',
      title: 'Data Protection Act 1998',
      officialCitation: '1998 c. 29',
      date: { value: '1998-07-16', precision: 'DAY' },
    })
    expect(doc.expression).toMatchObject({
      uri: '/akn/gb/act/1998/29/eng@2017-10-31',
      asAt: { value: '2017-10-31', precision: 'DAY' },
    })
    expect(countTag(doc.nodes, 'part')).toBe(18)
    // 97 <section> elements in the file; 2 of them sit inside <quotedStructure> (amending text) and stay text
    expect(countTag(doc.nodes, 'section')).toBe(95)
    expect(countTag(doc.nodes, 'schedule')).toBe(16)
    expect(byEId(doc.nodes, 'section-1')).toMatchObject({ num: '1', heading: 'Basic interpretative provisions.' })
    expect(byEId(doc.nodes, 'section-1-1')?.text).toMatch(
      /^In this Act, unless the context otherwise requires—\n“data” means information which—/,
    )
    const schedule1 = allNodes(doc.nodes).find((n) => n.tag === 'schedule' && n.num === 'SCHEDULE 1')
    expect(schedule1?.heading).toBe('The data protection principles')
    expect(schedule1?.annotations).toContainEqual({ kind: 'footnote', text: 'Section 4(1) and (2).' })
    expect(allNodes(doc.nodes).some((n) => n.annotations?.some((a) => a.kind === 'editorial'))).toBe(true)
    expectUniqueEIds(doc)
  })

  it('Cape Town Fire Safety By-law (Laws.Africa): eng@, 15 chapters and 71 sections, 4 and 9 in the schedule', () => {
    const doc = parse('akn/za-cpt_by-law_2002_community-fire-safety.akn3.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/za/by-law/cape-town/2002/community-fire-safety',
      country: 'za',
      title: 'Community Fire Safety By-law',
      date: { value: '2002-02-28', precision: 'DAY' },
    })
    expect(doc.expression.uri).toBe('/akn/za/by-law/cape-town/2002/community-fire-safety/eng@')
    expect(doc.expression.asAt).toBeUndefined()
    expect(countTag(doc.nodes, 'chapter')).toBe(15)
    expect(countTag(doc.nodes, 'section')).toBe(71)
    expect(countTag(doc.nodes.at(-1)!.children, 'chapter')).toBe(4)
    expect(countTag(doc.nodes.at(-1)!.children, 'section')).toBe(9)
    expect(byEId(doc.nodes, 'section-38')).toMatchObject({ num: '38.', heading: 'Flammable substance certificate' })
    const schedule = doc.nodes.at(-1)
    expect(schedule).toMatchObject({ tag: 'schedule', eId: 'component-0' })
    expect(
      allNodes(schedule!.children).some((n) =>
        n.text.includes('PN 217/ 1937 | Cape Town Municipality: Amended Regulations'),
      ),
    ).toBe(true)
    expectUniqueEIds(doc)
  })

  it('eThekwini Child Care Facilities By-law (AKN 2.0 namespace): URI gains /akn, dated expression', () => {
    const doc = parse('akn/za-eth_by-law_2015_child-care-facilities.akn2.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/za-eth/act/by-law/2015/child-care-facilities',
      title: 'eThekwini Municipality: Child Care Facilities By-law 2015',
    })
    expect(doc.expression).toMatchObject({
      uri: '/akn/za-eth/act/by-law/2015/child-care-facilities/eng@2015-10-22',
      language: 'eng',
    })
    expect(countTag(doc.nodes, 'chapter')).toBe(10)
    expect(countTag(doc.nodes, 'schedule')).toBe(1)
  })

  it('Legge 14 maggio 2024 n. 66 (Normattiva): 4 articles and 21 attachments', () => {
    const doc = parse('akn/it_legge_2024-05-14_n66_normattiva.akn3.xml')
    expect(doc.work).toMatchObject({ uri: '/akn/it/act/legge/stato/2024-05-14/66', country: 'it' })
    expect(doc.work.title).toMatch(/^Ratifica ed esecuzione dell'Accordo in materia di coproduzione cinematografica/)
    expect(doc.expression).toMatchObject({ language: 'ita', asAt: { value: '2024-05-28', precision: 'DAY' } })
    expect(doc.nodes.filter((n) => n.tag === 'article').map((n) => n.heading)).toEqual([
      'Autorizzazione alla ratifica',
      'Ordine di esecuzione',
      'Clausola di invarianza finanziaria',
      'Entrata in vigore',
    ])
    const attachments = doc.nodes.filter((n) => ['attachment', 'annex', 'schedule'].includes(n.tag))
    expect(attachments).toHaveLength(21)
    expect(attachments.slice(0, 2).map((n) => n.heading)).toEqual(['Accordo-art. 1', 'Accordo-art. 2'])
    expect(attachments.every((n) => !n.heading?.startsWith('urn:'))).toBe(true)
  })

  it('French Senate texte adopté n° 21 (bill): DRAFT, 11 articles, alineas', () => {
    const doc = parse('akn/fr_senat_ppl_2024-2025_TA21.akn3.xml')
    expect(doc.work).toMatchObject({ uri: '/akn/fr/ppl/SENA0002166L', country: 'fr', status: 'DRAFT' })
    expect(doc.expression).toMatchObject({ language: 'fra' })
    expect(doc.nodes.filter((n) => n.tag === 'article').map((n) => n.num)).toEqual([
      'Article 1er A',
      'Article 1er',
      'Article 2',
      'Article 3',
      'Article 4',
      'Article 4 bis',
      'Article 4 ter',
      'Article 4 quater',
      'Article 4 quinquies',
      'Article 4 sexies',
      'Article 5',
    ])
    expect(countTag(doc.nodes, 'alinea')).toBe(107)
  })
})

describe.skipIf(!lawSourcesHas('clml'))(title('clml', 'real UK CLML files'), () => {
  it('Health and Social Care (Wales) Act 2025 (asc, revised at 2025-03-25): gb-wls, 30 sections, 2 schedules', () => {
    const doc = parse('clml/asc-2025-1_health-and-social-care-wales-act-2025.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/gb-wls/act/2025/1',
      country: 'gb-wls',
      officialCitation: '2025 asc 1',
      date: { value: '2025-03-24' },
    })
    expect(doc.expression.uri).toBe('/akn/gb-wls/act/2025/1/eng@2025-03-25')
    expect(countTag(doc.nodes, 'section')).toBe(30)
    expect(countTag(doc.nodes, 'subsection')).toBe(74)
    expect(countTag(doc.nodes, 'schedule')).toBe(2)
    expect(byEId(doc.nodes, 'sec_1')?.annotations?.[0]).toEqual({
      kind: 'editorial',
      text: expect.stringMatching(/^S\. 1 in force at 25\.3\.2025/),
    })
    expectUniqueEIds(doc)
  })

  it('Education (Scotland) Act 2025 (asp): gb-sct, 13 parts, 67 sections, 4 schedules', () => {
    const doc = parse('clml/asp-2025-11_education-scotland-act-2025.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/gb-sct/act/2025/11',
      country: 'gb-sct',
      officialCitation: '2025 asp 11',
    })
    expect(doc.expression.asAt?.value).toBe('2025-08-07')
    expect([countTag(doc.nodes, 'part'), countTag(doc.nodes, 'section'), countTag(doc.nodes, 'schedule')]).toEqual([
      13, 67, 4,
    ])
    expect(byEId(doc.nodes, 'sec_1__subsec_1')?.text).toBe(
      'A body corporate to be known as Qualifications Scotland (in Gaelic, Teisteanasan Alba) is established.',
    )
  })

  it('School Age Act (Northern Ireland) 2022, as enacted: gb-nir, 4 sections, amendment text kept as text', () => {
    const doc = parse('clml/nia-2022-21_school-age-act-ni-2022_enacted.xml')
    expect(doc.work).toMatchObject({ uri: '/akn/gb-nir/act/2022/21', title: 'School Age Act (Northern Ireland) 2022' })
    expect(doc.expression).toMatchObject({ uri: '/akn/gb-nir/act/2022/21/eng@2022-04-27' })
    expect(countTag(doc.nodes, 'section')).toBe(4)
    expect(countTag(doc.nodes, 'subsection')).toBe(18)
    expect(byEId(doc.nodes, 'sec_1__subsec_2')?.text).toMatch(
      /^After paragraph \(1\) of that Article insert—\n1A In this Article, “deferred case” means/,
    )
  })

  it('Social Security (Miscellaneous Amendments) Regulations 2025 (uksi, made): 7 regulations with footnotes', () => {
    const doc = parse('clml/uksi-2025-3_social-security-misc-amendments-regs-2025_made.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/gb/act/si/2025/3',
      kind: 'REGULATION',
      officialCitation: 'S.I. 2025/3',
    })
    expect(doc.expression.asAt?.value).toBe('2025-01-03')
    expect(countTag(doc.nodes, 'regulation')).toBe(7)
    expect(byEId(doc.nodes, 'regulation_1__subsec_1')?.text).toBe(
      'These Regulations may be cited as the Social Security (Miscellaneous Amendments) Regulations 2025.',
    )
    expect(byEId(doc.nodes, 'regulation_2__subsec_1')?.annotations).toEqual([
      { kind: 'footnote', text: expect.stringMatching(/^S\.I\. 2002\/1792/) },
    ])
  })
})

describe.skipIf(!lawSourcesHas('uslm'))(title('uslm', 'real USLM files'), () => {
  it('US Code Title 1: 3 chapters, 39 sections, source credits and notes as annotations', () => {
    const doc = parse('uslm/usc01_title1.xml')
    expect(doc.work).toMatchObject({ uri: '/akn/us/act/usc/title-1', kind: 'CODE', officialCitation: '1 U.S.C.' })
    expect(countTag(doc.nodes, 'chapter')).toBe(3)
    expect(countTag(doc.nodes, 'section')).toBe(39)
    const s1 = byEId(doc.nodes, 'sec_1')
    expect(s1).toMatchObject({ num: '§ 1.', heading: 'Words denoting number, gender, and so forth' })
    expect(s1?.text.split('\n')[1]).toBe(
      'words importing the singular include and apply to several persons, parties, or things;',
    )
    expect(s1?.annotations?.[0].text).toMatch(/^\(July 30, 1947, ch\. 388, 61 Stat\. 633;/)
    expect(s1?.text).not.toMatch(/Stat\. 633/)
    expectUniqueEIds(doc)
  })

  it('Public Law 115-6 and 113-44: numbers, short titles and printed approval dates', () => {
    const pl6 = parse('uslm/115publ6-uslm.xml')
    expect(pl6.work).toMatchObject({
      uri: '/akn/us/act/pl/115/6',
      title: 'Promoting Women in Entrepreneurship Act',
      officialCitation: 'Pub. L. 115–6',
      date: { value: '2017-02-28' },
    })
    expect(countTag(pl6.nodes, 'section')).toBe(3)
    const pl44 = parse('uslm/113publ44-uslm.xml')
    expect(pl44.work).toMatchObject({ uri: '/akn/us/act/pl/113/44', date: { value: '2013-10-10' } })
    expect(countTag(pl44.nodes, 'section')).toBe(7)
  })
})

describe.skipIf(!lawSourcesHas('eu'))(title('eu', 'real EU Formex and EUR-Lex XHTML files'), () => {
  it('Regulation (EU) 2024/903 in Formex: 57 recitals, 6 chapters, 23 articles, 95 numbered paragraphs', () => {
    const doc = parse('eu/L_202400903EN.000101.fmx.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/eu/act/regulation/2024/903',
      kind: 'EU_REGULATION',
      officialCitation: 'Regulation (EU) 2024/903',
      shortTitle: 'Interoperable Europe Act',
      date: { value: '2024-03-13' },
    })
    expect([
      countTag(doc.nodes, 'recital'),
      countTag(doc.nodes, 'chapter'),
      countTag(doc.nodes, 'article'),
      countTag(doc.nodes, 'paragraph'),
    ]).toEqual([57, 6, 23, 95])
    expect(byEId(doc.nodes, 'art_1')).toMatchObject({ num: 'Article 1', heading: 'Subject matter and scope' })
  })

  it('the same Regulation in EUR-Lex XHTML gives the same units, numbers and headings as Formex', () => {
    const html = parse('eu/32024R0903_EN_eurlex.xhtml.html')
    const fmx = parse('eu/L_202400903EN.000101.fmx.xml')
    expect(html.work.uri).toBe(fmx.work.uri)
    const shape = (doc: LawDocument) =>
      allNodes(doc.nodes)
        .filter((n) => n.tag !== 'conclusions')
        .map((n) => `${n.eId}|${n.num ?? ''}|${n.heading?.toLowerCase() ?? ''}`)
    expect(shape(html)).toEqual(shape(fmx))
    expect(byEId(html.nodes, 'art_1__para_2')?.text).toBe(byEId(fmx.nodes, 'art_1__para_2')?.text)
  })

  it('Regulation (EC) No 1137/2008 (older Formex): number before year, 3 articles', () => {
    const doc = parse('eu/L_2008311EN.01000101_reg-1137-2008_act.fmx.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/eu/act/regulation/2008/1137',
      officialCitation: 'Regulation (EC) No 1137/2008',
      date: { value: '2008-10-22' },
    })
    expect(countTag(doc.nodes, 'article')).toBe(3)
  })

  it('the Formex document descriptor is refused with a pointer to the act file', () => {
    const result = parseLawDocument(readLawSource('eu/L_202400903EN.doc.fmx.xml'))
    expect(result.ok ? '' : result.problems[0].message).toMatch(/document descriptor/)
  })
})

describe.skipIf(!lawSourcesHas('de'))(title('de', 'real gesetze-im-internet.de files'), () => {
  it('StGB: 550 § sections under Teil/Abschnitt/Titel, § 176 with its Absätze', () => {
    const doc = parse('de/StGB_BJNR001270871.xml')
    expect(doc.work).toMatchObject({
      uri: '/akn/de/act/1871-05-15/stgb',
      kind: 'CODE',
      title: 'Strafgesetzbuch',
      date: { value: '1871-05-15' },
    })
    expect(doc.expression.uri).toBe('/akn/de/act/1871-05-15/stgb/deu@2022-12-08')
    expect(allNodes(doc.nodes).filter((n) => n.tag === 'section' && n.num?.startsWith('§ '))).toHaveLength(550)
    expect(doc.nodes.filter((n) => n.tag === 'part').map((n) => n.num)).toEqual(['Allgemeiner Teil', 'Besonderer Teil'])
    const s176 = byEId(doc.nodes, 'sec_176')
    expect(s176?.heading).toBe('Sexueller Missbrauch von Kindern')
    expect(s176?.children.map((c) => c.num)).toEqual(['(1)', '(2)'])
    expect(s176?.children[0].text).toMatch(
      new RegExp(
        '^Mit Freiheitsstrafe nicht unter einem Jahr wird bestraft, wer\\n' +
          '1\\. sexuelle Handlungen an einer Person unter vierzehn Jahren \\(Kind\\) vornimmt',
      ),
    )
    expectUniqueEIds(doc)
  })

  it('KKG, JuSchG and BDSG: § counts and Eingangsformel as preamble', () => {
    expect(countTag(parse('de/KKG_BJNR297510011.xml').nodes, 'section')).toBe(5)
    const juschg = parse('de/JuSchG_BJNR273000002.xml')
    expect(countTag(juschg.nodes, 'section')).toBe(41)
    expect(juschg.nodes.find((n) => n.tag === 'preamble')?.text).toMatch(
      /^Der Bundestag hat mit Zustimmung des Bundesrates das folgende Gesetz beschlossen/,
    )
    const bdsg = parse('de/BDSG2018_BJNR209710017.xml')
    expect(bdsg.work).toMatchObject({ uri: '/akn/de/act/2017-06-30/bdsg-2018', title: 'Bundesdatenschutzgesetz' })
    expect(countTag(bdsg.nodes, 'section')).toBe(86)
  })
})
