import type { Db } from '@/lib/db/prisma'

/**
 * The data version and when it last moved (decision 0304): the key of the API response cache and
 * the source of ETag and Last-Modified. One primary-key read.
 */
export type DataStamp = { version: string; changedAt: Date }

export async function readDataStamp(db: Db): Promise<DataStamp> {
  const row = await db.dataVersion.findUnique({
    where: { scope: 'curated' },
    select: { version: true, changedAt: true },
  })
  if (!row) throw new Error('DataVersion row "curated" is missing: run the migrations (npm start does).')
  return { version: row.version.toString(), changedAt: row.changedAt }
}
