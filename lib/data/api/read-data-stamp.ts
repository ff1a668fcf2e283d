import { rowsOf, type Db } from '@/lib/db/prisma'
import { shareReads } from '@/lib/domain/share-reads'

/**
 * The data version and when it last moved (decision 0304): the key of the API response cache and
 * the source of ETag and Last-Modified. One primary-key read on the pg pool (no Prisma mapping:
 * every API request pays it).
 *
 * Concurrent callers share reads (lib/domain/share-reads.ts) without ever getting a version older
 * than the last commit before their call.
 */
export type DataStamp = { version: string; changedAt: Date }

const sharedReads = new WeakMap<Db, () => Promise<DataStamp>>()

async function readOnce(db: Db): Promise<DataStamp> {
  // changedAt is a timestamp without time zone holding UTC: read as epoch milliseconds, so the
  // pg driver's local-time parsing never shifts it.
  const [row] = await rowsOf<[string, number]>(db, {
    text: `SELECT "version"::text, (extract(epoch FROM "changedAt") * 1000)::float8 FROM "DataVersion" WHERE "scope" = 'curated'`,
    values: [],
  })
  if (!row) throw new Error('DataVersion row "curated" is missing: run the migrations (npm start does).')
  return { version: row[0], changedAt: new Date(Number(row[1])) }
}

export function readDataStamp(db: Db): Promise<DataStamp> {
  let read = sharedReads.get(db)
  if (!read) sharedReads.set(db, (read = shareReads(() => readOnce(db))))
  return read()
}
