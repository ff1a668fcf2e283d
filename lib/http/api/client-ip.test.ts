import { describe, expect, it } from 'vitest'
import { resolveClientIp } from './client-ip'

describe('resolveClientIp', () => {
  it('uses the socket address and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(resolveClientIp('::ffff:203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9')
  })

  it('believes X-Forwarded-For only from a trusted proxy, taking the right-most untrusted hop', () => {
    expect(resolveClientIp('10.0.0.2', 'spoofed, 198.51.100.7', ['10.0.0.2'])).toBe('198.51.100.7')
    expect(resolveClientIp('10.0.0.2', '198.51.100.7, 10.0.0.3', ['10.0.0.2', '10.0.0.3'])).toBe('198.51.100.7')
    expect(resolveClientIp('203.0.113.9', '198.51.100.7', ['10.0.0.2'])).toBe('203.0.113.9')
  })
})
