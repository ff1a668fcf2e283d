import { describe, expect, it } from 'vitest'
import type { DataProvision } from '@/lib/schemas/dataset'
import { flattenProvisions } from './flatten-provisions'

const provision = (eId: string, children?: DataProvision[]): DataProvision => ({
  eId,
  text: eId,
  textKind: 'summary',
  citation: `cite ${eId}`,
  verification: 'verified',
  children,
})

describe('flattenProvisions', () => {
  it('lists provisions in document order with parents and sort order', () => {
    const { flat, duplicates } = flattenProvisions([
      provision('sec_1', [provision('sec_1__subsec_1'), provision('sec_1__subsec_2')]),
      provision('sec_2'),
    ])
    expect(flat.map((p) => [p.node.eId, p.parentEId, p.sortOrder])).toEqual([
      ['sec_1', null, 0],
      ['sec_1__subsec_1', 'sec_1', 1],
      ['sec_1__subsec_2', 'sec_1', 2],
      ['sec_2', null, 3],
    ])
    expect(duplicates).toEqual([])
  })

  it('drops a repeated eId with its subtree', () => {
    const { flat, duplicates } = flattenProvisions([
      provision('art_1'),
      provision('art_1', [provision('art_1__para_1')]),
    ])
    expect(flat.map((p) => p.node.eId)).toEqual(['art_1'])
    expect(duplicates).toEqual(['art_1'])
  })
})
