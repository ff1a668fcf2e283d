import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { createAuth } from '@/lib/auth/create-auth'
import { completeSetup, issueSetupToken, isSetupTokenValid } from '@/lib/data/setup-token'
import { setUserDisabled } from '@/lib/data/user-accounts'
import { ACCOUNT_LOCK } from '@/lib/auth/account-lock'
import { AppError } from '@/lib/errors/app-error'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t.cleanup()
})

const signIn = (auth: ReturnType<typeof createAuth>, email: string, password: string, ip = '192.0.2.10') =>
  auth.handler(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  )

describe('first admin setup link', () => {
  it('works once, only while no admin exists', async () => {
    const token = (await issueSetupToken(t.db))!
    expect(await isSetupTokenValid(t.db, { token })).toBe(true)
    expect(await isSetupTokenValid(t.db, { token: `${token}x` })).toBe(false)
    await completeSetup(t.db, {
      token,
      name: 'First Admin',
      email: 'first@example.org',
      password: 'a long first password',
    })
    expect((await t.db.user.findUniqueOrThrow({ where: { email: 'first@example.org' } })).role).toBe('admin')
    const again = await completeSetup(t.db, {
      token,
      name: 'Second',
      email: 'second@example.org',
      password: 'a long first password',
    }).then(
      () => null,
      (e: unknown) => e,
    )
    expect((again as AppError).code).toBe('FORBIDDEN')
    expect(await issueSetupToken(t.db)).toBeNull()
  })
})

describe('Better Auth over the app database', () => {
  it('signs in with the library-hashed password, sets an httpOnly Secure cookie, and refuses disabled accounts', async () => {
    const auth = createAuth(t.db, {
      secret: 'integration-test-secret-integration-test',
      baseURL: 'http://localhost:3000',
      secureCookies: true,
    })
    const editor = await createTestUser(t.db, 'editor')
    const ok = await signIn(auth, editor.email, editor.password)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('set-cookie')).toMatch(
      /__Secure-better-auth\.session_token=.+HttpOnly.+Secure|__Secure-better-auth\.session_token=.+Secure.+HttpOnly/i,
    )
    expect((await signIn(auth, editor.email, 'wrong password here')).status).toBe(401)

    const admin = await createTestUser(t.db, 'admin')
    await setUserDisabled(t.db, { user: admin, userId: editor.id, disabled: true })
    expect(await t.db.session.count({ where: { userId: editor.id } })).toBe(0)
    expect((await signIn(auth, editor.email, editor.password, '192.0.2.11')).status).toBe(403)
  })

  it('rate-limits sign-in per client address, in the database', async () => {
    const auth = createAuth(t.db, {
      secret: 'integration-test-secret-integration-test',
      baseURL: 'http://localhost:3000',
      secureCookies: false,
    })
    const viewer = await createTestUser(t.db, 'viewer')
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push((await signIn(auth, viewer.email, 'not the password', '198.51.100.7')).status)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
    expect((await signIn(auth, viewer.email, viewer.password, '198.51.100.8')).status).toBe(200)
    expect(await t.db.rateLimit.count()).toBeGreaterThan(0)
  })

  it('locks an account after repeated failures from many addresses, until the window has passed', async () => {
    const auth = createAuth(t.db, {
      secret: 'integration-test-secret-integration-test',
      baseURL: 'http://localhost:3000',
      secureCookies: false,
    })
    const editor = await createTestUser(t.db, 'editor')
    for (let i = 0; i < ACCOUNT_LOCK.maxFailures; i++)
      expect((await signIn(auth, editor.email, 'guess number ' + i, `203.0.113.${i + 1}`)).status).toBe(401)
    const locked = await signIn(auth, editor.email, editor.password, '203.0.113.200')
    expect(locked.status).toBe(429)
    expect((await locked.json()).message).toMatch(/^Too many failed sign-ins for this account/)
    // Another account is not affected.
    const other = await createTestUser(t.db, 'editor')
    expect((await signIn(auth, other.email, other.password, '203.0.113.201')).status).toBe(200)
    // Once the window has passed since the last failure, the right password works and clears the count.
    const past = BigInt(Date.now() - (ACCOUNT_LOCK.windowSeconds + 1) * 1000)
    await t.db.rateLimit.update({ where: { key: `account:${editor.email}` }, data: { lastRequest: past } })
    expect((await signIn(auth, editor.email, editor.password, '203.0.113.202')).status).toBe(200)
    expect(await t.db.rateLimit.count({ where: { key: `account:${editor.email}` } })).toBe(0)
  })

  it('answers 404 for the library endpoints the app does not use (no self-service rename)', async () => {
    const auth = createAuth(t.db, {
      secret: 'integration-test-secret-integration-test',
      baseURL: 'http://localhost:3000',
      secureCookies: false,
    })
    const editor = await createTestUser(t.db, 'editor')
    const signedIn = await signIn(auth, editor.email, editor.password, '192.0.2.50')
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]
    const rename = await auth.handler(
      new Request('http://localhost:3000/api/auth/update-user', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost:3000',
          cookie,
          'x-forwarded-for': '192.0.2.50',
        },
        body: JSON.stringify({ name: 'Admin One' }),
      }),
    )
    expect(rename.status).toBe(404)
    expect((await t.db.user.findUniqueOrThrow({ where: { id: editor.id } })).name).not.toBe('Admin One')
    const signUp = await auth.handler(
      new Request('http://localhost:3000/api/auth/sign-up/email', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost:3000',
          'x-forwarded-for': '192.0.2.51',
        },
        body: JSON.stringify({ name: 'X', email: 'x@example.org', password: 'vellum-orbit-tarnish-57' }),
      }),
    )
    expect(signUp.status).toBe(404)
  })
})
