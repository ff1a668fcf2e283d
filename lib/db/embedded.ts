import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { RANDOM_PAGE_COST } from './planner-settings'

/**
 * The embedded database: PGlite (Postgres compiled to WASM) served over the Postgres wire
 * protocol on 127.0.0.1, so the app and the tests talk to it with the same `pg` driver they use
 * for a Postgres server. `dataDir` undefined keeps the database in memory (tests).
 */
export type EmbeddedDatabase = { url: string; port: number; stop(): Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number; maxConnections?: number } = {},
): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm, unaccent } })
  keepExtendedQueriesTogether(db)
  // pglite-socket ignores a client's startup options (lib/db/prisma.ts): every connection shares
  // this one session, so the planner setting is made here, once (decision 1015).
  await db.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`)
  const port = options.port ?? (await freePort())
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: options.maxConnections ?? 16 })
  await server.start()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}

/**
 * pglite-socket 0.2.17 multiplexes connections onto the one PGlite backend message by message,
 * keeping a connection's messages together only inside an explicit transaction. The extended
 * query protocol sends Parse, Bind, Describe, Execute and then Sync; if another connection's
 * message runs between them, it binds to the wrong unnamed statement ("bind message supplies 8
 * parameters, but prepared statement requires 1"). Its queue already gives a connection the
 * backend exclusively while `isInTransaction()` is true, so we also report true from the first
 * extended-protocol message until its Sync. Tested by tests/integration/embedded-concurrency.test.ts.
 */
const SYNC = 0x53 // 'S'
const SIMPLE_QUERY = 0x51 // 'Q'
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]) // Parse, Bind, Describe, Execute, Close, Flush

function keepExtendedQueriesTogether(db: PGlite) {
  let awaitingSync = false
  const isInTransaction = db.isInTransaction.bind(db)
  const execProtocolRawStream = db.execProtocolRawStream.bind(db)
  const exec = db.exec.bind(db)
  db.isInTransaction = () => awaitingSync || isInTransaction()
  db.execProtocolRawStream = (message, options) => {
    const type = message[0]
    if (EXTENDED.has(type)) awaitingSync = true
    else if (type === SYNC || type === SIMPLE_QUERY) awaitingSync = false
    return execProtocolRawStream(message, options)
  }
  // The socket server rolls back a disconnected client's open work with exec('ROLLBACK').
  db.exec = (query, options) => {
    if (/^\s*ROLLBACK\b/i.test(query)) awaitingSync = false
    return exec(query, options)
  }
}
