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
