import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { nextCookies } from 'better-auth/next-js'
import type { Db } from '@/lib/db/prisma'

/**
 * Better Auth over the app's Prisma client: email + password (hashed by the library, scrypt),
 * no self sign-up (admins create accounts), httpOnly session cookies (Secure in production),
 * and sign-in rate-limited per client IP with the counters in the rateLimit table, so the limit
 * holds across restarts and processes. A factory, so tests build one over their own database.
 */
const SIGN_IN_LIMIT = { window: 60, max: 10 }
const PASSWORD_LENGTH = { min: 12, max: 128 }

export function createAuth(db: Db, options: { secret: string; baseURL?: string; secureCookies: boolean }) {
  return betterAuth({
    appName: 'LexBridge',
    secret: options.secret,
    // APP_URL when deployed; otherwise LexBridge runs on this machine (npm start binds 127.0.0.1),
    // so only local hosts are accepted as the origin of sign-in requests.
    baseURL: options.baseURL ?? { allowedHosts: ['localhost', 'localhost:*', '127.0.0.1', '127.0.0.1:*'], protocol: 'auto' },
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_LENGTH.min, maxPasswordLength: PASSWORD_LENGTH.max },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'viewer' },
        disabled: { type: 'boolean', input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, storage: 'database', window: 60, max: 200, customRules: { '/sign-in/email': SIGN_IN_LIMIT } },
    advanced: { useSecureCookies: options.secureCookies, database: { generateId: false } },
    hooks: {
      // A disabled account cannot sign in, whatever its password.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return
        const email = typeof ctx.body?.email === 'string' ? ctx.body.email.toLowerCase() : ''
        const user = email ? await db.user.findUnique({ where: { email }, select: { disabled: true } }) : null
        if (user?.disabled) throw new APIError('FORBIDDEN', { message: 'This account is disabled. Ask an administrator.' })
      }),
    },
    plugins: [nextCookies()],
  })
}

export type Auth = ReturnType<typeof createAuth>
