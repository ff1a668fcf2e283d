import { holdsOneSession } from './holds-one-session'
import type { Db } from './prisma'

/**
 * A read of many statements that must see one state of the database (a dump, the bulk archive).
 *
 * On a PostgreSQL server it runs in one repeatable-read transaction: readers never wait on it.
 * On the embedded database an open transaction holds the one session (decision 0505), so every
 * other request would wait for the whole read. There its statements run one at a time, other
 * requests between them (decision 1013), and the result is kept only if `stamp`, read before and
 * after, did not move: nothing the read depends on was written meanwhile. If it moved, the read
 * starts again; after `attempts` tries it runs once in a transaction, so it always ends with a
 * consistent answer.
 */
export async function readConsistently<T>(
  db: Db,
  read: (client: Db) => Promise<T>,
  options: { stamp: (client: Db) => Promise<string>; attempts?: number },
): Promise<{ value: T; attempts: number }> {
  const inOneTransaction = (attempts: number) =>
    db
      .$transaction((tx) => read(tx as unknown as Db), {
        isolationLevel: 'RepeatableRead',
        timeout: 10 * 60_000,
        maxWait: 30_000,
      })
      .then((value) => ({ value, attempts }))
  if (!(await holdsOneSession(db))) return inOneTransaction(1)
  const attempts = options.attempts ?? 3
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const before = await options.stamp(db)
    const value = await read(db)
    if ((await options.stamp(db)) === before) return { value, attempts: attempt }
  }
  return inOneTransaction(attempts + 1)
}

/**
 * Moves whenever any transaction that writes anything is started: the next transaction id to be
 * assigned (read-only statements are given none). On the embedded database no transaction can be
 * open while this runs, since it would hold the one session, so an unchanged value means no write
 * happened in between.
 */
export async function writeStamp(db: Db): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ xmax: string }[]>(
    'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax',
  )
  return row!.xmax
}

/** Lets requests queued behind one statement run before the next starts. */
export const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
