import path from 'node:path'
import type { Env } from '@/lib/env'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'
import { acquireDataDirLock } from '@/lib/db/data-dir-lock'
import { ensureServerDatabase } from '@/lib/db/ensure-server-database'

/**
 * Picks the database for a CLI run (start, seed, import …): the server in DATABASE_URL, or the
 * embedded PGlite kept in DATA_DIR/pglite. Applies pending migrations either way.
 */
export type PreparedDatabase = { url: string; description: string; embedded?: EmbeddedDatabase; close(): Promise<void> }

export async function prepareDatabase(env: Env, log: (line: string) => void = console.log): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase
  if (env.DATABASE_URL) {
    await ensureServerDatabase(env.DATABASE_URL, (line) => log(`  ${line}`))
    const url = new URL(env.DATABASE_URL)
    prepared = {
      url: env.DATABASE_URL,
      description: `PostgreSQL server ${url.hostname}:${url.port || 5432}${url.pathname} (from DATABASE_URL)`,
      async close() {},
    }
  } else {
    const dataDir = path.resolve(env.DATA_DIR, 'pglite')
    const releaseLock = acquireDataDirLock(dataDir)
    const embedded = await startEmbeddedDatabase({ dataDir })
    prepared = {
      url: embedded.url,
      description: `embedded PostgreSQL (PGlite), data kept in ${displayPath(dataDir)}, served to the app on 127.0.0.1:${embedded.port}`,
      embedded,
      async close() {
        await embedded.stop()
        releaseLock()
      },
    }
  }
  log(`Database: ${prepared.description}`)
  const result = await migrate(prepared.url, { log: (line) => log(`  ${line}`) })
  log(`  migrations: ${result.applied.length} applied now, ${result.alreadyApplied} already applied`)
  return prepared
}

function displayPath(dir: string) {
  const relative = path.relative(process.cwd(), dir)
  return relative && !relative.startsWith('..') ? relative : dir
}
