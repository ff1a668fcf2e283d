import { describe, expect, it } from 'vitest'
import { clientAddressOf, isSanePath, normaliseAddress } from './request-guard'

describe('clientAddressOf', () => {
  const none = new Set<string>()
  it('ignores X-Forwarded-For from a client that is not a trusted proxy', () => {
    expect(clientAddressOf('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9')
    expect(clientAddressOf('::ffff:203.0.113.9', ['1.2.3.4', '5.6.7.8'], none)).toBe('203.0.113.9')
  })
  it('behind trusted proxies takes the right-most hop they did not add', () => {
    const trusted = new Set(['10.0.0.1', '10.0.0.2'])
    expect(clientAddressOf('10.0.0.1', '1.2.3.4, 198.51.100.7, 10.0.0.2', trusted)).toBe('198.51.100.7')
    expect(clientAddressOf('10.0.0.1', undefined, trusted)).toBe('10.0.0.1')
  })
  it('normalises IPv4-mapped IPv6 addresses', () => {
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normaliseAddress('::1')).toBe('::1')
  })
})

describe('isSanePath', () => {
  it.each(['/', '/jurisdictions/GB', '/instruments/akn/gb/act/2023/50/eng@2023-10-26', '/search?q=%', '/a%20b'])(
    'accepts %s',
    (path) => {
      expect(isSanePath(path)).toBe(true)
    },
  )
  it.each(['/jurisdictions/%', '/standards/%ff', '/instruments/a%00b', '/api/admin/export/%E0%A4%A', '/a%0d%0ab'])(
    'refuses %s',
    (path) => {
      expect(isSanePath(path)).toBe(false)
    },
  )
})
