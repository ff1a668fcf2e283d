import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, pageOf } from './api-cursor'

describe('api cursors', () => {
  it('round-trips a key and refuses what is not one', () => {
    expect(decodeCursor(encodeCursor(['GB', 3]), 2)).toEqual(['GB', 3])
    expect(decodeCursor(encodeCursor(['GB']), 2)).toBeNull()
    expect(decodeCursor('not-json', 1)).toBeNull()
    expect(decodeCursor(Buffer.from('[{"a":1}]').toString('base64url'), 1)).toBeNull()
  })

  it('gives a next cursor only when a further row was fetched', () => {
    expect(pageOf([1, 2, 3], 2, (n) => [n])).toEqual({
      items: [1, 2],
      page: { nextCursor: encodeCursor([2]), limit: 2 },
    })
    expect(pageOf([1, 2], 2, (n) => [n]).page.nextCursor).toBeNull()
  })
})
