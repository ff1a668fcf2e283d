import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { readEnv } from '@/lib/env'
import { startEmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'
import { createPrismaClient, type Db } from '@/lib/db/prisma'

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new
 * database on the Postgres server when LEXBRIDGE_TEST_DB=server (and DATABASE_URL points at it).
 * Dropped again in `cleanup`.
 */
export type TestDatabase = { url: string; db: Db; target: 'embedded' | 'server'; cleanup(): Promise<void> }

export async function createTestDatabase(): Promise<TestDatabase> {
  const env = readEnv()
  if (env.LEXBRIDGE_TEST_DB === 'server') {
    if (!env.DATABASE_URL) throw new Error('LEXBRIDGE_TEST_DB=server needs DATABASE_URL')
    const name = `lexbridge_test_${Date.now()}_${randomBytes(3).toString('hex')}`
    const admin = new pg.Client({ connectionString: env.DATABASE_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(env.DATABASE_URL)
    url.pathname = `/${name}`
    await migrate(url.toString())
    const db = createPrismaClient(url.toString(), 5)
    return {
      url: url.toString(),
      db,
      target: 'server',
      async cleanup() {
        await db.$disconnect()
        const client = new pg.Client({ connectionString: env.DATABASE_URL })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const embedded = await startEmbeddedDatabase()
  await migrate(embedded.url)
  const db = createPrismaClient(embedded.url, 5)
  return {
    url: embedded.url,
    db,
    target: 'embedded',
    async cleanup() {
      await db.$disconnect()
      await embedded.stop()
    },
  }
}
