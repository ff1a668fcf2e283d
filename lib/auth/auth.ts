import 'server-only'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { createAuth, type Auth } from './create-auth'
import { resolveAuthSecret } from './secret'

const globalForAuth = globalThis as unknown as { lexbridgeAuth?: Auth }

/** The app's Better Auth instance, created on first use (the secret may be read from DATA_DIR). */
export function getAuth(): Auth {
  globalForAuth.lexbridgeAuth ??= createAuth(db, {
    secret: resolveAuthSecret({ configured: env.AUTH_SECRET, dataDir: env.DATA_DIR }),
    baseURL: env.APP_URL,
    secureCookies: env.NODE_ENV === 'production',
  })
  return globalForAuth.lexbridgeAuth
}
