import { describe, expect, it } from 'vitest'
import { pageCacheKey, toCachedPage, withNonce } from './page-cache'

const day = new Date('2026-12-03T12:00:00Z')
const html = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'nonce-AbC+/1=='" }

describe('page cache', () => {
  it('keys anonymous GETs of public reading pages by public origin, URL and day', () => {
    expect(pageCacheKey('GET', '/jurisdictions/DE', { host: 'lex.test' }, day)).toBe(
      'lex.test,,|/jurisdictions/DE|2026-12-03',
    )
    expect(pageCacheKey('GET', '/', {}, day)).toBe(',,|/|2026-12-03')
    expect(pageCacheKey('GET', '/search?q=child', {}, day)).toBe(',,|/search?q=child|2026-12-03')
    const proxied = { host: 'app:3000', 'x-forwarded-host': 'lex.org', 'x-forwarded-proto': 'https' }
    expect(pageCacheKey('GET', '/', proxied, day)).toBe('app:3000,lex.org,https|/|2026-12-03')
    expect(pageCacheKey('GET', '/compare', {}, day)).not.toBeNull()
  })

  it('never keys a signed-in reader, a client navigation, a form post or a private page', () => {
    expect(pageCacheKey('GET', '/jurisdictions/DE', { cookie: 'better-auth.session_token=x' }, day)).toBeNull()
    expect(pageCacheKey('GET', '/jurisdictions/DE', { rsc: '1' }, day)).toBeNull()
    expect(pageCacheKey('POST', '/jurisdictions/DE', {}, day)).toBeNull()
    expect(pageCacheKey('HEAD', '/jurisdictions/DE', {}, day)).toBeNull()
    for (const path of [
      '/admin',
      '/drafts/1',
      '/saved',
      '/sign-in',
      '/setup?token=x',
      '/api/v1/search',
      '/feeds/x.atom',
      '/searching',
    ])
      expect(pageCacheKey('GET', path, {}, day), path).toBeNull()
  })

  it('keeps only a 200 HTML page with a nonce and no cookie, without per-response headers', () => {
    const page = toCachedPage(200, { ...html, date: 'x', 'content-length': 5, 'x-frame-options': 'DENY' }, '<p/>')
    expect(page).toEqual({
      nonce: 'AbC+/1==',
      body: '<p/>',
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['content-security-policy', "script-src 'nonce-AbC+/1=='"],
        ['x-frame-options', 'DENY'],
      ],
    })
    expect(toCachedPage(404, html, 'x')).toBeNull()
    expect(toCachedPage(200, { ...html, 'set-cookie': ['a=b'] }, 'x')).toBeNull()
    expect(toCachedPage(200, { ...html, 'content-type': 'application/json' }, 'x')).toBeNull()
    expect(toCachedPage(200, { 'content-type': 'text/html' }, 'x')).toBeNull()
  })

  it('serves each copy with its own nonce in the policy and the HTML', () => {
    const page = toCachedPage(200, html, '<script nonce="AbC+/1==">1</script><script nonce="AbC+/1==">2</script>')!
    const served = withNonce(page, 'NeW')
    expect(served.body).toBe('<script nonce="NeW">1</script><script nonce="NeW">2</script>')
    expect(served.headers).toContainEqual(['content-security-policy', "script-src 'nonce-NeW'"])
    expect(page.body).toContain('AbC+/1==') // the kept copy is unchanged
  })
})
