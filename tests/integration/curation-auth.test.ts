import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/test-database'
import { createTestUser } from '../support/curation-fixtures'
import { createAuth } from '@/lib/auth/create-auth'
import { completeSetup, issueSetupToken, isSetupTokenValid } from '@/lib/data/setup-token'
import { setUserDisabled } from '@/lib/data/users'
import { AppError } from '@/lib/errors/app-error'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t.cleanup()
})

const signIn = (auth: ReturnType<typeof createAuth>, email: string, password: string, ip = '192.0.2.10') =>
  auth.handler(new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': ip }, body: JSON.stringify({ email, password }) }))

describe('first admin setup link', () => {
  it('works once, only while no admin exists', async () => {
    const token = (await issueSetupToken(t.db))!
    expect(await isSetupTokenValid(t.db, { token })).toBe(true)
    expect(await isSetupTokenValid(t.db, { token: `${token}x` })).toBe(false)
    await completeSetup(t.db, { token, name: 'First Admin', email: 'first@example.org', password: 'a long first password' })
    expect((await t.db.user.findUniqueOrThrow({ where: { email: 'first@example.org' } })).role).toBe('admin')
    const again = await completeSetup(t.db, { token, name: 'Second', email: 'second@example.org', password: 'a long first password' }).then(() => null, (e: unknown) => e)
    expect((again as AppError).code).toBe('FORBIDDEN')
    expect(await issueSetupToken(t.db)).toBeNull()
  })
})

describe('Better Auth over the app database', () => {
  it('signs in with the library-hashed password, sets an httpOnly Secure cookie, and refuses disabled accounts', async () => {
    const auth = createAuth(t.db, { secret: 'integration-test-secret-integration-test', baseURL: 'http://localhost:3000', secureCookies: true })
    const editor = await createTestUser(t.db, 'editor')
    const ok = await signIn(auth, editor.email, editor.password)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('set-cookie')).toMatch(/__Secure-better-auth\.session_token=.+HttpOnly.+Secure|__Secure-better-auth\.session_token=.+Secure.+HttpOnly/i)
    expect((await signIn(auth, editor.email, 'wrong password here')).status).toBe(401)

    const admin = await createTestUser(t.db, 'admin')
    await setUserDisabled(t.db, { user: admin, userId: editor.id, disabled: true })
    expect(await t.db.session.count({ where: { userId: editor.id } })).toBe(0)
    expect((await signIn(auth, editor.email, editor.password, '192.0.2.11')).status).toBe(403)
  })

  it('rate-limits sign-in per client address, in the database', async () => {
    const auth = createAuth(t.db, { secret: 'integration-test-secret-integration-test', baseURL: 'http://localhost:3000', secureCookies: false })
    const viewer = await createTestUser(t.db, 'viewer')
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await signIn(auth, viewer.email, 'not the password', '198.51.100.7')).status)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
    expect((await signIn(auth, viewer.email, viewer.password, '198.51.100.8')).status).toBe(200)
    expect(await t.db.rateLimit.count()).toBeGreaterThan(0)
  })
})
