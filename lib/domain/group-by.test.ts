import { describe, expect, it } from 'vitest'
import { groupBy } from './group-by'

describe('groupBy', () => {
  it('keeps the items of each key in their order, reshaped by value when given', () => {
    const rows = [
      { k: 'b', n: 1 },
      { k: 'a', n: 2 },
      { k: 'b', n: 3 },
    ]
    expect([...groupBy(rows, (r) => r.k)]).toEqual([
      ['b', [rows[0], rows[2]]],
      ['a', [rows[1]]],
    ])
    expect(
      groupBy(
        rows,
        (r) => r.k,
        (r) => r.n,
      ).get('b'),
    ).toEqual([1, 3])
    expect(groupBy([], (r: { k: string }) => r.k).size).toBe(0)
  })
})
