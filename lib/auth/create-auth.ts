import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { nextCookies } from 'better-auth/next-js'
import type { Db } from '@/lib/db/prisma'
import { clearSignInFailures, getAccountLockSeconds, recordSignInFailure } from './account-lock'

/**
 * Better Auth over the app's Prisma client: email + password (hashed by the library, scrypt),
 * no self sign-up (admins create accounts), httpOnly session cookies (Secure in production),
 * and sign-in rate-limited per client IP with the counters in the rateLimit table, so the limit
 * holds across restarts and processes. A factory, so tests build one over their own database.
 */
const SIGN_IN_LIMIT = { window: 60, max: 10 }
const PASSWORD_LENGTH = { min: 12, max: 128 }

/**
 * The only Better Auth endpoints LexBridge uses. Every other one (update-user, change-email,
 * sign-up, delete-user …) answers 404: accounts are changed through the app's own forms, with
 * its validation and its history, never by a user through the library directly.
 */
const AUTH_PATHS = new Set(['/sign-in/email', '/sign-out', '/get-session'])
const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

export function createAuth(db: Db, options: { secret: string; baseURL?: string; secureCookies: boolean }) {
  return betterAuth({
    appName: 'LexBridge',
    secret: options.secret,
    // APP_URL when deployed; otherwise LexBridge runs on this machine (npm start binds 127.0.0.1),
    // so only local hosts are accepted as the origin of sign-in requests.
    baseURL: options.baseURL ?? {
      allowedHosts: ['localhost', 'localhost:*', '127.0.0.1', '127.0.0.1:*'],
      protocol: 'auto',
    },
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'viewer' },
        disabled: { type: 'boolean', input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: {
      useSecureCookies: options.secureCookies,
      database: { generateId: false },
      // The web server front (scripts/lib/next-server.ts) sets X-Forwarded-For to the one client
      // address it trusts (the socket's, or the one a configured proxy reports).
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!AUTH_PATHS.has(ctx.path)) throw new APIError('NOT_FOUND', { message: 'Not found.' })
        if (ctx.path !== '/sign-in/email') return
        const email = emailOf(ctx.body)
        if (!email) return
        // A disabled account cannot sign in, whatever its password.
        const user = await db.user.findUnique({ where: { email }, select: { disabled: true } })
        if (user?.disabled)
          throw new APIError('FORBIDDEN', { message: 'This account is disabled. Ask an administrator.' })
        const lockSeconds = await getAccountLockSeconds(db, { email })
        if (lockSeconds > 0) {
          const minutes = Math.ceil(lockSeconds / 60)
          throw new APIError('TOO_MANY_REQUESTS', {
            message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator.`,
          })
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return
        const email = emailOf(ctx.body)
        if (!email) return
        const returned = ctx.context.returned as { statusCode?: number } | undefined
        if (returned instanceof APIError) {
          if (returned.statusCode === 401) await recordSignInFailure(db, { email })
        } else await clearSignInFailures(db, { email })
      }),
    },
    plugins: [nextCookies()],
  })
}

export type Auth = ReturnType<typeof createAuth>
