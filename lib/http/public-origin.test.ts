import { describe, expect, it } from 'vitest'
import { publicOrigin } from './public-origin'

const headers = (entries: Record<string, string>) => new Headers(entries)

describe('publicOrigin', () => {
  it('prefers APP_URL, without a trailing slash', () => {
    expect(publicOrigin(headers({ host: 'evil.example' }), 'https://lexbridge.example.org/')).toBe(
      'https://lexbridge.example.org',
    )
  })
  it('otherwise uses the Host the request came to, over http', () => {
    expect(publicOrigin(headers({ host: '127.0.0.1:3101' }), undefined)).toBe('http://127.0.0.1:3101')
  })
  it('uses a trusted proxy’s forwarded host and https (the front strips them from anyone else)', () => {
    expect(
      publicOrigin(
        headers({
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'laws.example.org, 10.0.0.5',
          'x-forwarded-proto': 'https',
        }),
        undefined,
      ),
    ).toBe('https://laws.example.org')
  })
})

// Next builds request.url from the address it listens on, whatever host the reader used.
const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/v1/compare', { headers })

describe('publicOrigin from a Request', () => {
  it('prefers APP_URL, without a trailing slash', () => {
    expect(publicOrigin(request({ host: 'lexbridge.example.org' }), 'https://laws.example.org/')).toBe(
      'https://laws.example.org',
    )
  })

  it('uses the Host the reader asked for, not the address Next listens on', () => {
    expect(publicOrigin(request({ host: 'lexbridge.example.org:8080' }), undefined)).toBe(
      'http://lexbridge.example.org:8080',
    )
  })

  it('uses X-Forwarded-Host and -Proto (which the server front keeps only from trusted proxies)', () => {
    expect(
      publicOrigin(
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
    expect(publicOrigin(request({ host: 'evil.example/path?x' }), undefined)).toBe('http://localhost:3000')
    expect(publicOrigin(request({ host: 'a.example', 'x-forwarded-proto': 'javascript' }), undefined)).toBe(
      'http://localhost:3000',
    )
  })
})
