import { describe, expect, it } from 'vitest'
import { exportOrigin } from './api-response'

// Next builds request.url from the address it listens on, whatever host the reader used.
const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/v1/compare', { headers })

describe('exportOrigin', () => {
  it('prefers APP_URL, without a trailing slash', () => {
    expect(exportOrigin(request({ host: 'lexbridge.example.org' }), 'https://laws.example.org/')).toBe(
      'https://laws.example.org',
    )
  })

  it('uses the Host the reader asked for, not the address Next listens on', () => {
    expect(exportOrigin(request({ host: 'lexbridge.example.org:8080' }), undefined)).toBe(
      'http://lexbridge.example.org:8080',
    )
  })

  it('uses X-Forwarded-Host and -Proto (which the server front keeps only from trusted proxies)', () => {
    expect(
      exportOrigin(
        request({
          host: '127.0.0.1:3000',
          'x-forwarded-host': 'laws.example.org, inner',
          'x-forwarded-proto': 'https',
        }),
        undefined,
      ),
    ).toBe('https://laws.example.org')
  })

  it('falls back to the request URL when the host header is not a host', () => {
    expect(exportOrigin(request({ host: 'evil.example/path?x' }), undefined)).toBe('http://localhost:3000')
    expect(exportOrigin(request({ host: 'a.example', 'x-forwarded-proto': 'javascript' }), undefined)).toBe(
      'http://localhost:3000',
    )
  })
})
