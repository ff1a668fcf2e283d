import { describe, expect, it } from 'vitest'
import type { LawDocument } from './law-document'
import { allNodes, byEId, countTag, readFixture } from './law-sources'
import { detectLawFormat, parseLawDocument } from './parse-law-document'

function parse(text: string): LawDocument {
  const result = parseLawDocument(text)
  if (!result.ok) throw new Error(`parse failed: ${result.problems[0].message}`)
  return result.document
}

const refused = (text: string) => {
  const result = parseLawDocument(text)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.problems
}

describe('detectLawFormat', () => {
  it('reads the format from the root element and namespace, not a file name', () => {
    expect(detectLawFormat(readFixture('akn-every-element.xml'))).toBe('akn')
    expect(detectLawFormat('<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>')).toBe('akn')
    expect(
      detectLawFormat('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13"><act/></akomaNtoso>'),
    ).toBe('akn')
    expect(detectLawFormat(readFixture('clml-small.xml'))).toBe('clml')
    expect(detectLawFormat(readFixture('uslm-small.xml'))).toBe('uslm')
    expect(detectLawFormat(readFixture('formex-small.xml'))).toBe('formex')
    expect(detectLawFormat(readFixture('eurlex-small.xhtml.xml'))).toBe('eurlex-xhtml')
    expect(detectLawFormat(readFixture('de-gii-small.xml'))).toBe('de-gii')
  })

  it('says null for other XML, other namespaces, HTML that is not EUR-Lex, and non-XML', () => {
    expect(detectLawFormat('<akomaNtoso xmlns="http://example.org/akn/1.0"/>')).toBeNull()
    expect(detectLawFormat('<Legislation/>')).toBeNull()
    expect(detectLawFormat('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>hi</p></body></html>')).toBeNull()
    expect(detectLawFormat('id,name\n1,x')).toBeNull()
  })
})

describe('parseLawDocument: hostile and wrong input fails whole, root cause first', () => {
  it('external entity, entity expansion, truncated, empty, not XML', () => {
    expect(
      refused('<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>')[0].message,
    ).toMatch(/DTD .*refused for safety/)
    expect(
      refused('<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><a>&b;</a>'),
    ).toHaveLength(1)
    const whole = readFixture('akn-every-element.xml')
    const truncated = refused(whole.slice(0, Math.floor(whole.length / 2)))
    expect(truncated).toHaveLength(1)
    expect(truncated[0]).toMatchObject({ location: 'file', message: expect.stringMatching(/looks truncated/) })
    expect(refused('')[0].message).toBe('The file is empty.')
    expect(refused('%PDF-1.7 binary')[0].message).toMatch(/^Not XML/)
  })

  it('wrong format: names the root element found and lists what is supported', () => {
    const [problem] = refused('<?xml version="1.0"?><catalog xmlns="urn:books"><book/></catalog>')
    expect(problem.message).toMatch(
      /^Unrecognised format: the root element is <catalog> in namespace urn:books\. Supported: Akoma Ntoso/,
    )
    expect(refused('<DOC><BIB.DOC/></DOC>')[0].message).toMatch(
      /Formex document descriptor \(<DOC>\), not the act itself/,
    )
    expect(refused('<akomaNtoso xmlns="http://example.org/akn/1.0"><act/></akomaNtoso>')[0].message).toMatch(
      /only Akoma Ntoso 3\.0/,
    )
  })

  it('every fixture cut short anywhere, or with a byte garbled, fails with one problem and never throws', () => {
    for (const file of [
      'akn-every-element.xml',
      'clml-small.xml',
      'uslm-small.xml',
      'formex-small.xml',
      'eurlex-small.xhtml.xml',
      'de-gii-small.xml',
    ]) {
      const text = readFixture(file).trimEnd()
      for (let i = 1; i < 24; i++) {
        const cut = Math.floor((text.length * i) / 24)
        const result = parseLawDocument(text.slice(0, cut))
        expect(result.ok, `${file} cut at ${cut}`).toBe(false)
        if (!result.ok) expect(result.problems).toHaveLength(1)
        if (text.lastIndexOf('<!--', cut) > text.lastIndexOf('-->', cut)) continue // anything goes inside a comment
        const garbled = parseLawDocument(`${text.slice(0, cut)}<&${text.slice(cut)}`)
        expect(garbled.ok, `${file} garbled at ${cut}`).toBe(false)
      }
    }
  })

  it('an Akoma Ntoso file without FRBR identity names that first', () => {
    const [problem] = refused(
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body/></act></akomaNtoso>',
    )
    expect(problem).toMatchObject({ location: 'akomaNtoso/act', message: expect.stringMatching(/no <meta> block/) })
  })
})

describe('Akoma Ntoso fixture with every supported element', () => {
  const doc = parse(readFixture('akn-every-element.xml'))

  it('takes work and expression from FRBR: bare-year date, empty expression date, alias title, upper-case country', () => {
    expect(doc.format).toBe('akn')
    expect(doc.work).toMatchObject({
      uri: '/akn/zz/act/2002/7',
      country: 'zz',
      kind: 'STATUTE',
      title: 'Fixture Act 2002',
      shortTitle: 'Fixture Act',
      date: { value: '2002', precision: 'YEAR' },
    })
    expect(doc.expression).toEqual({ uri: '/akn/zz/act/2002/7/eng@', language: 'eng' })
  })

  it('keeps every hierarchy element, including subpart, in document order', () => {
    expect(doc.nodes.map((n) => n.tag)).toEqual([
      'preface',
      'preamble',
      'book',
      'division',
      'article',
      'rule',
      'section',
      'section',
      'conclusions',
      'schedule',
      'annex',
    ])
    for (const tag of [
      'title',
      'part',
      'chapter',
      'subpart',
      'subsection',
      'paragraph',
      'subparagraph',
      'clause',
      'point',
      'level',
      'list',
      'crossheading',
      'hcontainer',
    ]) {
      expect(countTag(doc.nodes, tag), tag).toBeGreaterThan(0)
    }
    expect(byEId(doc.nodes, 'part_1__chp_1__subpart_A')).toMatchObject({ num: 'Subpart A', heading: 'Words' })
    expect(byEId(doc.nodes, 'sec_1')?.children.map((c) => c.eId)).toEqual([
      'sec_1__subsec_1',
      'sec_1__subsec_2',
      'sec_1__subsec_3',
    ])
  })

  it('block list items and table rows are lines of their unit; refs kept with href', () => {
    const subsec1 = byEId(doc.nodes, 'sec_1__subsec_1')
    expect(subsec1?.text).toBe(
      'In this Act—\n(a) “child” means a person under 18; and\n(b) “court” has the meaning in section 2 of the Courts Act 1990.',
    )
    expect(subsec1?.refs).toEqual([{ text: 'section 2 of the Courts Act 1990', href: '/akn/zz/act/1990/3/~sec_2' }])
    expect(byEId(doc.nodes, 'sec_1__subsec_3')?.text).toBe('Item | Fee\nLicence | 10')
    expect(byEId(doc.nodes, 'sec_1__subsec_2')?.text).toBe('The fees are—\nas set out in the table below.')
  })

  it('remarks, authorial notes and noteRefs are annotations, never titles or text', () => {
    expect(byEId(doc.nodes, 'part_1')).toMatchObject({
      heading: 'Preliminary',
      annotations: [{ kind: 'remark', text: '[Editorial remark in a heading]' }],
    })
    expect(byEId(doc.nodes, 'sec_1')).toMatchObject({
      heading: 'Definitions',
      annotations: [{ kind: 'editorial', text: 'Words inserted by the Fixture Amendment Act 2003.' }],
    })
    expect(byEId(doc.nodes, 'sec_1__subsec_2__para_a__subpara_i')).toMatchObject({
      text: 'ten units;',
      annotations: [{ kind: 'footnote', text: 'Fee revised yearly.' }],
    })
    expect(byEId(doc.nodes, 'sec_2')?.annotations).toEqual([{ kind: 'note', text: 'A plain note.' }])
    expect(doc.work.title).not.toMatch(/remark/i)
  })

  it('derives missing eIds the AKN way and makes duplicates unique with a warning', () => {
    expect(byEId(doc.nodes, 'art_3')?.children.map((c) => c.eId)).toEqual(['art_3__cl_a', 'art_3__point_b'])
    expect(byEId(doc.nodes, 'sec_2_2')).toMatchObject({ num: '2A.', heading: 'Duplicate eId in the file' })
    expect(doc.warnings.some((w) => w.message.includes('"sec_2" is used twice'))).toBe(true)
    const eIds = allNodes(doc.nodes).map((n) => n.eId)
    expect(new Set(eIds).size).toBe(eIds.length)
  })

  it('attachments and components become top-level units with their own text and children', () => {
    expect(byEId(doc.nodes, 'att_1')).toMatchObject({
      tag: 'schedule',
      heading: 'Schedule 1 — Forms',
      text: 'Forms prescribed under section 1.',
    })
    expect(byEId(doc.nodes, 'att_1__para_1')?.text).toBe('Form A.')
    expect(byEId(doc.nodes, 'cmp_1')).toMatchObject({ tag: 'annex', heading: 'Annex: Model form' })
    expect(byEId(doc.nodes, 'cmp_1__sec_1')?.text).toBe('Name of applicant.')
  })

  it('crossHeading and hcontainer text are kept', () => {
    expect(byEId(doc.nodes, 'dvs_1__crossheading_1')).toMatchObject({ tag: 'crossheading', heading: 'Offences' })
    expect(byEId(doc.nodes, 'dvs_1__hcontainer_2')).toMatchObject({
      tag: 'hcontainer',
      text: 'Loose text inside an hcontainer.',
    })
  })
})

describe('fixtures of the other formats', () => {
  it('UK CLML: Part/Chapter/Pblock/P1group/P1-P4, Schedule with table, commentary and footnote', () => {
    const doc = parse(readFixture('clml-small.xml'))
    expect(doc.work).toMatchObject({
      uri: '/akn/gb/act/2099/1',
      country: 'gb',
      officialCitation: '2099 c. 1',
      date: { value: '2099-06-30', precision: 'DAY' },
    })
    expect(doc.expression).toMatchObject({ uri: '/akn/gb/act/2099/1/eng@2100-01-01', language: 'eng' })
    expect(byEId(doc.nodes, 'sec_1')).toMatchObject({ heading: 'Duty to protect', num: '1' })
    expect(byEId(doc.nodes, 'part_1__chp_1__crossheading_1')?.annotations?.[0].text).toMatch(/^Heading substituted/)
    expect(byEId(doc.nodes, 'sec_1__subsec_1')).toMatchObject({
      num: '(1)',
      refs: [{ text: 'the Children Act 1989', href: 'http://www.legislation.gov.uk/id/ukpga/1989/41' }],
      annotations: [{ kind: 'footnote', text: '1989 c. 41.' }],
    })
    expect(byEId(doc.nodes, 'sec_1__subsec_1__para_a__subpara_i')?.text).toBe('sub-limb.')
    expect(byEId(doc.nodes, 'sched_1__para_1')?.text).toBe('The fees are:\nItem | Fee\nLicence | 10')
    expect(byEId(doc.nodes, 'sec_3')?.refs).toEqual([{ text: 'section 1', href: '#section-1' }])
  })

  it('USLM 1.0 namespace: title/chapter/subchapter/section, chapeau and continuation, notes as annotations', () => {
    const doc = parse(readFixture('uslm-small.xml'))
    expect(doc.work).toMatchObject({ uri: '/akn/us/act/usc/title-99', kind: 'CODE', officialCitation: '99 U.S.C.' })
    const sec = byEId(doc.nodes, 'sec_1')
    expect(sec?.text).toBe('In this title—\nas provided here.')
    expect(sec?.annotations?.map((a) => a.text)).toEqual([
      '(Invented source credit, 2099.)',
      'Amendments 2099—invented amendment note.',
    ])
    expect(byEId(doc.nodes, 'sec_1__para_1')).toMatchObject({
      refs: [{ text: 'section 2256 of title 18', href: '/us/usc/t18/s2256' }],
      annotations: [{ kind: 'footnote', text: 'Invented footnote.' }],
    })
  })

  it('Formex: divisions, articles, paragraphs, lists, quotes, recitals, final, annex', () => {
    const doc = parse(readFixture('formex-small.xml'))
    expect(doc.work).toMatchObject({
      uri: '/akn/eu/act/directive/2099/42',
      kind: 'DIRECTIVE',
      officialCitation: 'Directive (EU) 2099/42',
      shortTitle: 'Fixture Directive',
    })
    expect(byEId(doc.nodes, 'chp_i__sec_1')).toMatchObject({ tag: 'section', heading: 'Scope' })
    expect(byEId(doc.nodes, 'art_1__para_1')?.text).toBe(
      'This Directive applies to ‘fixtures’:\n(a) small ones;\n(b) large ones.',
    )
    expect(byEId(doc.nodes, 'preamble_1__recital_1')).toMatchObject({ num: '(1)', text: 'Fixtures are needed.' })
    expect(byEId(doc.nodes, 'preamble_1')?.annotations).toEqual([{ kind: 'footnote', text: 'OJ C 1, 1.1.2099, p. 1.' }])
    expect(doc.nodes.map((n) => n.tag)).toEqual(['preamble', 'chapter', 'article', 'conclusions', 'annex'])
  })

  it('EUR-Lex XHTML: ELI subdivisions, list tables as lines, footnotes, links', () => {
    const doc = parse(readFixture('eurlex-small.xhtml.xml'))
    expect(doc.work).toMatchObject({
      uri: '/akn/eu/act/regulation/2099/7',
      kind: 'EU_REGULATION',
      officialCitation: 'Regulation (EU) 2099/7',
      date: { value: '2099-02-01', precision: 'DAY' },
    })
    expect(byEId(doc.nodes, 'art_1__para_2')?.text).toBe('It applies:\n(a) everywhere.')
    expect(byEId(doc.nodes, 'art_1__para_1')?.refs).toEqual([
      { text: 'Regulation (EU) 2099/1', href: 'http://data.europa.eu/eli/reg/2099/1/oj' },
    ])
    expect(byEId(doc.nodes, 'preamble_1__recital_1')).toMatchObject({
      num: '(1)',
      text: 'Fixtures are needed.',
      annotations: [{ kind: 'footnote', text: 'OJ C 9, 9.9.2098, p. 9.' }],
    })
  })

  it('gesetze-im-internet.de: Gliederung as hierarchy, § as sections, Absätze as subsections, footnotes', () => {
    const doc = parse(readFixture('de-gii-small.xml'))
    expect(doc.work).toMatchObject({ uri: '/akn/de/act/2099-01-31/testg', country: 'de', title: 'Gesetz zum Testen' })
    expect(doc.expression).toMatchObject({ language: 'deu', asAt: { value: '2099-12-31', precision: 'DAY' } })
    expect(byEId(doc.nodes, 'book_1__dvs_1__title_1')?.children.map((c) => c.eId)).toEqual(['sec_2'])
    expect(byEId(doc.nodes, 'sec_1__subsec_2')).toMatchObject({
      num: '(2)',
      text: 'Es gilt für\n1. Kinder und\n2. Jugendliche.',
    })
    expect(byEId(doc.nodes, 'sec_1__subsec_1')?.annotations).toEqual([{ kind: 'footnote', text: 'Erfundene Fußnote.' }])
    expect(byEId(doc.nodes, 'sec_2')?.text).toBe('Ein Satz ohne Absatznummer.\nAlter | 14')
    expect(allNodes(doc.nodes).some((n) => n.text.includes('§ 1 Zweck'))).toBe(false)
  })
})
