import { describe, expect, it } from 'vitest'
import { parseAkomaNtoso } from './akoma-ntoso'

const act = (
  body: string,
  meta = '<FRBRuri value="/akn/xq/act/2021/4"/><FRBRcountry value="xq"/><FRBRname value="Child Safety Act 2021"/><FRBRdate date="2021-05-01" name="enacted"/>',
) => `<?xml version="1.0"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta><identification source="#x">
      <FRBRWork><FRBRthis value="/akn/xq/act/2021/4/main"/>${meta}</FRBRWork>
      <FRBRExpression><FRBRthis value="/akn/xq/act/2021/4/eng@2021-06-01/main"/><FRBRuri value="/akn/xq/act/2021/4/eng@2021-06-01"/><FRBRdate date="2021-06-01" name="publication"/><FRBRlanguage language="eng"/></FRBRExpression>
    </identification></meta>
    <body>${body}</body>
  </act>
</akomaNtoso>`

describe('parseAkomaNtoso', () => {
  it('reads work and expression metadata and the hierarchy in document order', () => {
    const { items, problems } = parseAkomaNtoso(
      act(`
      <part eId="part_1"><num>Part 1</num><heading>Offences</heading>
        <section eId="part_1__sec_3"><num>3</num><heading>Grooming</heading>
          <subsection eId="part_1__sec_3__subsec_1"><num>(1)</num><content><p>A person who <i>meets</i> a child</p><p>commits an offence.</p></content></subsection>
        </section>
      </part>`),
    )
    expect(problems).toEqual([])
    expect(items[0]).toMatchObject({
      type: 'instruments',
      createOnly: true,
      payload: {
        uri: '/akn/xq/act/2021/4',
        jurisdiction: 'XQ',
        title: 'Child Safety Act 2021',
        adoptedOn: '2021-05-01',
        kind: 'STATUTE',
      },
    })
    expect(items[1]).toMatchObject({
      type: 'versions',
      payload: { expressionUri: '/akn/xq/act/2021/4/eng@2021-06-01', language: 'eng', asAt: '2021-06-01' },
    })
    const provisions = items.slice(2).map((item) => item.payload)
    expect(provisions.map((p) => [p.eId, p.parent, p.sortOrder])).toEqual([
      ['part_1', null, 1],
      ['part_1__sec_3', 'part_1', 2],
      ['part_1__sec_3__subsec_1', 'part_1__sec_3', 3],
    ])
    expect(provisions[2]).toMatchObject({
      num: '(1)',
      text: 'A person who meets a child\ncommits an offence.',
      textKind: 'VERBATIM',
      citation: 'Child Safety Act 2021, s. 3(1)',
    })
    expect(provisions[0]).toMatchObject({
      heading: 'Offences',
      text: 'Part 1 — Offences',
      textKind: 'SUMMARY',
      citation: 'Child Safety Act 2021, Part 1',
    })
  })

  it('names the element and the reason for every problem', () => {
    const { problems } = parseAkomaNtoso(
      act('<section><num>1</num></section><section eId="sec_2"/><section eId="sec_2"/>'),
    )
    expect(problems).toEqual([
      { location: 'act/body/section[1]', field: 'eId', message: 'The element has no eId attribute.' },
      {
        location: 'act/body/section[3] (sec_2)',
        field: 'eId',
        message: 'The eId "sec_2" is used twice in this document.',
      },
    ])
  })

  it('refuses missing metadata, other document types, entity declarations and broken XML', () => {
    expect(parseAkomaNtoso(act('', '')).problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['FRBRname (the title) is missing and the preface has no docTitle.']),
    )
    expect(parseAkomaNtoso('<akomaNtoso><judgment/></akomaNtoso>').problems[0].message).toMatch(/Only <act> and <bill>/)
    expect(parseAkomaNtoso('<!DOCTYPE x [<!ENTITY a "b">]><akomaNtoso/>').problems[0].message).toMatch(/DOCTYPE/)
    expect(parseAkomaNtoso('<akomaNtoso><act>').problems[0].message).toMatch(/Not well-formed XML/)
  })
})
