import { beforeEach, describe, expect, it } from 'vitest'
import { resetRateLimit, takeRequest } from './rate-limit'

describe('takeRequest', () => {
  beforeEach(resetRateLimit)

  it('counts per client within a window and refuses above the quota', () => {
    const now = 120_000 + 15_000
    expect(takeRequest('a', 2, now)).toMatchObject({
      allowed: true,
      headers: { RateLimit: '"api";r=1;t=45', 'RateLimit-Policy': '"api";q=2;w=60' },
    })
    expect(takeRequest('a', 2, now).allowed).toBe(true)
    expect(takeRequest('a', 2, now)).toMatchObject({ allowed: false, retryAfter: 45 })
    expect(takeRequest('b', 2, now).allowed).toBe(true)
    expect(takeRequest('a', 2, now + 45_000).allowed).toBe(true)
  })

  it('sends no headers when the limit is off', () => {
    expect(takeRequest('a', 0)).toEqual({ allowed: true, headers: {}, retryAfter: 0 })
  })
})
