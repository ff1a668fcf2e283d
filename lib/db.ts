import 'server-only'
import { env } from '@/lib/env'
import { createPrismaClient, type Db } from '@/lib/db/prisma'

/**
 * The app's Prisma client, created on first use. `npm start` always sets DATABASE_URL (the server
 * or the embedded PGlite socket it started), so the app uses one driver, pg, in both modes.
 */
const globalForDb = globalThis as unknown as { lexbridgeDb?: Db }

function getDb(): Db {
  if (!globalForDb.lexbridgeDb) {
    if (!env.DATABASE_URL) {
      throw new Error('DATABASE_URL is not set. Start LexBridge with `npm start`, which starts the embedded database.')
    }
    globalForDb.lexbridgeDb = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX)
  }
  return globalForDb.lexbridgeDb
}

export const db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb()
    const value = Reflect.get(client, property, client)
    return typeof value === 'function' ? value.bind(client) : value
  },
})
