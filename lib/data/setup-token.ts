import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Db } from '@/lib/db/prisma'
import { countAdmins, insertUser } from './user-accounts'
import { AppError } from '@/lib/errors/app-error'

/**
 * The one-time setup link for the first admin. While no admin exists, each start issues a new
 * token (the previous one stops working) and prints /setup?token=…; only its hash is stored in
 * AppState, it expires after 24 h and is deleted when used. No default password ever exists.
 */
const KEY = 'setup-token'
const TTL_MS = 24 * 60 * 60 * 1000
const hash = (token: string) => createHash('sha256').update(token).digest()

export async function issueSetupToken(db: Db): Promise<string | null> {
  if ((await countAdmins(db)) > 0) {
    await db.appState.deleteMany({ where: { key: KEY } })
    return null
  }
  const token = randomBytes(32).toString('base64url')
  const value = { hash: hash(token).toString('hex'), expiresAt: new Date(Date.now() + TTL_MS).toISOString() }
  await db.appState.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } })
  return token
}

export async function isSetupTokenValid(db: Db, { token }: { token: string }): Promise<boolean> {
  const state = await db.appState.findUnique({ where: { key: KEY } })
  const value = state?.value as { hash?: string; expiresAt?: string } | undefined
  if (!value?.hash || !value.expiresAt || Date.parse(value.expiresAt) < Date.now()) return false
  const expected = Buffer.from(value.hash, 'hex')
  const given = hash(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export async function completeSetup(db: Db, input: { token: string; name: string; email: string; password: string }) {
  return db.$transaction(async (tx) => {
    if (!(await isSetupTokenValid(tx as unknown as Db, { token: input.token })) || (await countAdmins(tx)) > 0) {
      throw new AppError(
        'FORBIDDEN',
        'This setup link is no longer valid. Restart LexBridge for a new one, or use `npm run user:create -- --admin`.',
      )
    }
    const user = await insertUser(tx, { name: input.name, email: input.email, password: input.password, role: 'admin' })
    await tx.appState.delete({ where: { key: KEY } })
    return user
  })
}

/** For scripts/start.ts: the line to print at start, or null when an admin exists. */
export async function setupLinkOnStart(db: Db, { baseUrl }: { baseUrl: string }): Promise<string | null> {
  const token = await issueSetupToken(db)
  return token ? `${baseUrl}/setup?token=${token}` : null
}
