import type { Db } from '@/lib/db/prisma'
import { readConsistently, writeStamp, yieldToOthers } from '@/lib/db/read-consistently'
import { AppError } from '@/lib/errors/app-error'
import { DUMP_FORMAT, type Dump } from '@/lib/schemas/exchange-formats'

/**
 * The full dump: every table, every column, every row (ids, versions, history, review, users and
 * their password hashes, drafts), read with row_to_json and written back with
 * json_populate_recordset, so Postgres itself converts each type both ways and nothing is lost.
 * Left out on purpose: live sessions, one-time verification tokens, rate-limit counters, the
 * search outbox (rebuilt by a reindex), the one-time setup token and the data version counter
 * (made by the migration; the restore itself bumps it).
 * Restore only goes into an empty database of the same schema version, in one transaction.
 */
const SKIPPED_TABLES = new Set([
  '_prisma_migrations',
  'session',
  'verification',
  'rateLimit',
  'SearchOutbox',
  'DataVersion',
])
const SKIPPED_APP_STATE = ['setup-token']

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

async function schemaVersion(db: Db) {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1',
  )
  return rows[0]?.migration_name ?? 'none'
}

/** Tables in foreign-key order (parents first); self-references do not count. */
async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
    )
  )
    .map((t) => t.name)
    .filter((name) => !SKIPPED_TABLES.has(name))
  const edges = await db.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace`,
  )
  const parents = new Map(
    tables.map((t) => [
      t,
      new Set(edges.filter((e) => e.child === t && e.parent !== t && tables.includes(e.parent)).map((e) => e.parent)),
    ]),
  )
  const ordered: string[] = []
  while (ordered.length < tables.length) {
    const next = tables.find((t) => !ordered.includes(t) && [...parents.get(t)!].every((p) => ordered.includes(p)))
    if (!next) throw new Error('Foreign keys form a cycle; cannot order the dump.')
    ordered.push(next)
  }
  return ordered
}

/** Heap pages read per statement: a few MB, so one statement holds the embedded database only briefly. */
const PAGES_PER_READ = 128

/**
 * A table's rows in slices of its heap pages (tid ranges), each one short statement. Valid because
 * readConsistently only keeps the result if nothing was written meanwhile (rows keep their place).
 */
async function readTable(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const [{ pages }] = await db.$queryRawUnsafe<{ pages: number }[]>(
    `SELECT (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int AS pages`,
    quote(table),
  )
  const skip = table === 'app_state' ? ` AND key <> ALL($3::text[])` : ''
  const rows: Record<string, unknown>[] = []
  for (let first = 0; first < pages; first += PAGES_PER_READ) {
    const slice = await db.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
      `SELECT row_to_json(t) AS row FROM ${quote(table)} t WHERE ctid >= format('(%s,0)', $1::int)::tid AND ctid < format('(%s,0)', $2::int)::tid${skip}`,
      first,
      first + PAGES_PER_READ,
      ...(skip ? [SKIPPED_APP_STATE] : []),
    )
    for (const { row } of slice) rows.push(row)
    await yieldToOthers()
  }
  return rows
}

/**
 * One state of the whole database, even while people keep editing: a repeatable-read snapshot on
 * a server; on the embedded database statement by statement, read again if anything was written
 * meanwhile (readConsistently, decision 1013), so other requests keep being answered.
 */
export async function createDump(db: Db): Promise<Dump> {
  const { value } = await readConsistently(
    db,
    async (client): Promise<Dump> => {
      const tables: Dump['tables'] = {}
      for (const table of await tablesInOrder(client)) tables[table] = await readTable(client, table)
      return {
        format: DUMP_FORMAT,
        formatVersion: 1 as const,
        schemaVersion: await schemaVersion(client),
        exportedAt: new Date().toISOString(),
        tables,
      }
    },
    { stamp: writeStamp },
  )
  return value
}

export async function restoreDump(db: Db, dump: Dump, onProgress?: (table: string, rows: number) => void) {
  if (dump.formatVersion !== 1)
    throw new AppError('UNSUPPORTED', `Dump format version ${String(dump.formatVersion)} is not supported.`)
  const current = await schemaVersion(db)
  if (dump.schemaVersion !== current)
    throw new AppError(
      'CONFLICT',
      `The dump was made with schema ${dump.schemaVersion}; this database is at ${current}. Restore into a LexBridge of the same version.`,
    )
  const order = await tablesInOrder(db)
  const unknown = Object.keys(dump.tables).filter((table) => !order.includes(table))
  if (unknown.length)
    throw new AppError('BAD_REQUEST', `The dump has tables this database does not know: ${unknown.join(', ')}.`)
  await db.$transaction(
    async (tx) => {
      const client = tx as unknown as Db
      for (const table of order.filter((t) => t !== 'app_state')) {
        const [{ count }] = await client.$queryRawUnsafe<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM ${quote(table)}`,
        )
        if (count > 0)
          throw new AppError(
            'CONFLICT',
            `The database is not empty (table ${table} has ${count} rows). A dump restores only into an empty database.`,
          )
      }
      for (const table of order) {
        const rows = dump.tables[table] ?? []
        if (!rows.length) continue
        // FK checks of a single INSERT run at its end, so rows pointing at each other (parentId) load in any order.
        for (let start = 0; start < rows.length; start += 5000) {
          const chunk = JSON.stringify(rows.slice(start, start + 5000))
          await client.$executeRawUnsafe(
            `INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json) ON CONFLICT DO NOTHING`,
            chunk,
          )
        }
        onProgress?.(table, rows.length)
      }
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  )
  return Object.fromEntries(Object.entries(dump.tables).map(([table, rows]) => [table, rows.length]))
}
