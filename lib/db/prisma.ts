import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { RANDOM_PAGE_COST } from './planner-settings'

/**
 * Creates a Prisma client over the pg driver. Used by lib/db.ts (the app) and by scripts/tests.
 * The client owns its pool (`disposeExternalPool`: `$disconnect` ends it); the pool is also
 * reachable through `rowsOf` for the few bulk reads where Prisma's row mapping costs more than
 * the query (decision 0304).
 */
export function createPrismaClient(connectionString: string, poolMax = 10) {
  // No parallel plans (decision 1014), set for each connection as it opens: a web server runs many
  // small statements at once, and on a PostgreSQL server a parallel plan's worker start-up cost more
  // than it saved (a one-word search at 100,000 provisions: p50 60 → 14 ms). PGlite has none anyway.
  // Pages priced as read from memory (decision 1015, RANDOM_PAGE_COST): LexBridge's data is a few
  // hundred megabytes, smaller than any server's memory.
  // Startup options given in the URL (`?options=…`) are kept: pg lets the URL's win over the
  // pool's, so they move from the URL into the one `options` value.
  const url = URL.canParse(connectionString) ? new URL(connectionString) : null
  const ownOptions = url?.searchParams.get('options')
  url?.searchParams.delete('options')
  const options = [ownOptions, '-c max_parallel_workers_per_gather=0', `-c random_page_cost=${RANDOM_PAGE_COST}`]
    .filter(Boolean)
    .join(' ')
  const pool = new pg.Pool({ connectionString: url?.toString() ?? connectionString, max: poolMax, options })
  const adapter = new PrismaPg(pool, { disposeExternalPool: true })
  const client = new PrismaClient({ adapter })
  pools.set(client, pool)
  return client
}

// Keyed by the client object itself: a transaction client made from it (which forwards every
// property of the client) is a different object, so it never reaches the pool and its reads stay
// inside its transaction — on the embedded database the pool's one connection is the
// transaction's, and a read beside it would wait forever.
// On globalThis: Next.js may load this module more than once (one copy per bundle layer).
const pools = ((globalThis as unknown as { [key: symbol]: WeakMap<object, pg.Pool> })[Symbol.for('lexbridge.pools')] ??=
  new WeakMap<object, pg.Pool>())

export type Db = ReturnType<typeof createPrismaClient>

/** The pg pool of a client made by createPrismaClient; undefined for a transaction client or one made elsewhere. */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db)
}

/** Names the database a client talks to, for in-process caches kept per database (decision 0801). */
export function databaseKeyOf(db: Db): string {
  return poolOf(db)?.options.connectionString ?? 'default'
}

/** A statement for `rowsOf`: Prisma.sql`…` gives one (its `text` uses $1 placeholders). */
export type SqlStatement = { text: string; values: unknown[] }

// DATE arrives as 'YYYY-MM-DD' and NUMERIC as a string: callers turn them into UTC dates and
// numbers, so the server's time zone never shifts a day.
const asText = (value: string) => value
const rawTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.DATE) return asText
    return pg.types.getTypeParser(oid, format)
  },
}

/**
 * Runs a read straight on the client's pg pool and returns each row as an array of column values
 * in SELECT order: no per-row object or Prisma type mapping. For bulk reads only (tens of
 * thousands of rows); everything else goes through Prisma.
 */
export async function rowsOf<Row extends unknown[]>(db: Db, statement: SqlStatement): Promise<Row[]> {
  const pool = poolOf(db)
  // A client made elsewhere (a test's client with query logging): same rows, through Prisma.
  if (!pool)
    return (await db.$queryRawUnsafe<Record<string, unknown>[]>(statement.text, ...statement.values)).map(
      (row) => Object.values(row) as Row,
    )
  const result = await pool.query<Row>({
    text: statement.text,
    values: statement.values,
    rowMode: 'array',
    types: rawTypes,
  })
  return result.rows
}
