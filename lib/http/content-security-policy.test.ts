import { describe, expect, it } from 'vitest'
import { dataPolicy, newNonce, pagePolicy } from './content-security-policy'

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('content security policy', () => {
  it('allows scripts only with the nonce, never inline or eval in production', () => {
    const policy = directives(pagePolicy('abc123=='))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(pagePolicy('n')).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(pagePolicy('n')).not.toContain('unsafe-eval')
    expect(pagePolicy('n', { dev: true })).toContain("'unsafe-eval'")
  })

  it('is strict for objects, base URIs, framing and form targets', () => {
    const policy = directives(pagePolicy('n'))
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'none'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(directives(dataPolicy)['default-src']).toEqual(["'none'"])
  })

  it('makes a new, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})
