import type { Db } from '@/lib/db/prisma'

/**
 * Per-account sign-in throttling (issue 18): failed sign-ins are counted per email address in
 * the rateLimit table (key "account:<email>", beside Better Auth's per-address counters), so a
 * password cannot be guessed by spreading attempts over many client addresses. After
 * ACCOUNT_LOCK.maxFailures failures within ACCOUNT_LOCK.windowSeconds the account refuses
 * sign-in until the window has passed since the last failure; a success clears the count.
 * In lib/auth, not lib/data: it keeps the auth library's own counters, beside its adapter.
 */
export const ACCOUNT_LOCK = { maxFailures: 20, windowSeconds: 15 * 60 }

const keyOf = (email: string) => `account:${email.trim().toLowerCase()}`

/** Seconds until the account may try again, or 0 when it is not locked. */
export async function getAccountLockSeconds(db: Db, options: { email: string; now?: number }): Promise<number> {
  const now = options.now ?? Date.now()
  const row = await db.rateLimit.findUnique({
    where: { key: keyOf(options.email) },
    select: { count: true, lastRequest: true },
  })
  if (!row || row.count < ACCOUNT_LOCK.maxFailures) return 0
  const remaining = ACCOUNT_LOCK.windowSeconds - Math.floor((now - Number(row.lastRequest)) / 1000)
  return Math.max(0, remaining)
}

/** Counts one failed sign-in; failures older than the window start a new count. */
export async function recordSignInFailure(db: Db, options: { email: string; now?: number }): Promise<void> {
  const now = options.now ?? Date.now()
  const key = keyOf(options.email)
  const windowStart = BigInt(now - ACCOUNT_LOCK.windowSeconds * 1000)
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } })
    const count = row && row.lastRequest >= windowStart ? row.count + 1 : 1
    await tx.rateLimit.upsert({
      where: { key },
      create: { key, count, lastRequest: BigInt(now) },
      update: { count, lastRequest: BigInt(now) },
    })
  })
}

export async function clearSignInFailures(db: Db, options: { email: string }): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(options.email) } })
}
