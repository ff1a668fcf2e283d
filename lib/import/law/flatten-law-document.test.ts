import { describe, expect, it } from 'vitest'
import { flattenLawDocument } from './flatten-law-document'
import type { LawDocument } from '../formats/law-document'

const doc = (nodes: LawDocument['nodes']): LawDocument => ({
  format: 'akn',
  work: { uri: '/akn/xq/act/2020/1', country: 'xq', kind: 'STATUTE', status: 'IN_FORCE', title: 'X Act 2020' },
  expression: { uri: '/akn/xq/act/2020/1/eng@', language: 'eng' },
  nodes,
  warnings: [],
})

describe('flattenLawDocument', () => {
  it('lists units in document order with parents, pinpoint citations, refs and notes', () => {
    const flat = flattenLawDocument(
      doc([
        {
          eId: 'sec_7',
          tag: 'section',
          num: '7',
          text: '',
          children: [
            {
              eId: 'sec_7__subsec_1',
              tag: 'subsection',
              num: '(1)',
              text: 'Words.',
              refs: [{ text: 's. 8', href: '#sec_8' }],
              annotations: [{ kind: 'footnote', text: 'Note.' }],
              children: [],
            },
          ],
        },
      ]),
      'X Act 2020',
    )
    expect(flat.problems).toEqual([])
    expect(flat.countsByTag).toEqual({ section: 1, subsection: 1 })
    expect(flat.rows.map((r) => [r.eId, r.parentEId, r.sortOrder, r.citation])).toEqual([
      ['sec_7', null, 0, 'X Act 2020, s. 7'],
      ['sec_7__subsec_1', 'sec_7', 1, 'X Act 2020, s. 7(1)'],
    ])
    expect(flat.rows[1]).toMatchObject({
      refs: [{ text: 's. 8', href: '#sec_8' }],
      annotations: [{ kind: 'footnote', text: 'Note.' }],
    })
  })
  it('reports missing and duplicate eIds once each', () => {
    const flat = flattenLawDocument(
      doc([
        { eId: 'a', tag: 'section', text: '', children: [] },
        { eId: 'a', tag: 'section', text: '', children: [] },
        { eId: ' ', tag: 'article', text: '', children: [] },
      ]),
      'X',
    )
    expect(flat.problems.map((p) => p.message)).toEqual([
      'The eId "a" is used twice in the file; eIds must be unique.',
      'An element <article> has no eId; every unit needs one to be linked across versions.',
    ])
  })
  it('walks deep documents without recursion limits', () => {
    let node = { eId: 'n_0', tag: 'hcontainer', text: 'x', children: [] as LawDocument['nodes'] }
    const root = node
    for (let i = 1; i < 20_000; i++) {
      const child = { eId: `n_${i}`, tag: 'hcontainer', text: 'x', children: [] }
      node.children.push(child)
      node = child
    }
    expect(flattenLawDocument(doc([root]), 'X').rows).toHaveLength(20_000)
  })
})
