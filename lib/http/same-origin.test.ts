import { describe, expect, it } from 'vitest'
import { assertSameOrigin } from './same-origin'

const request = (headers: Record<string, string>) =>
  new Request('http://app.test/api/admin/import', { method: 'POST', headers })

describe('assertSameOrigin', () => {
  it('accepts same-origin browser requests', () => {
    expect(() => assertSameOrigin(request({ 'sec-fetch-site': 'same-origin' }))).not.toThrow()
    expect(() => assertSameOrigin(request({ origin: 'http://app.test', host: 'app.test' }))).not.toThrow()
  })

  it('refuses cross-site requests and requests that prove nothing', () => {
    expect(() => assertSameOrigin(request({ 'sec-fetch-site': 'cross-site' }))).toThrow('Cross-site')
    expect(() => assertSameOrigin(request({ origin: 'http://evil.test', host: 'app.test' }))).toThrow('Cross-site')
    expect(() => assertSameOrigin(request({}))).toThrow('Cross-site')
  })

  it('refuses an opaque or malformed Origin as cross-site (a 403, not a crash)', () => {
    expect(() => assertSameOrigin(request({ origin: 'null', host: 'app.test' }))).toThrow('Cross-site')
    expect(() => assertSameOrigin(request({ origin: '::not a url::', host: 'app.test' }))).toThrow('Cross-site')
  })
})
