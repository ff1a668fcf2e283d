import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'

/** Instruments whose official text LexBridge can fetch, with the state of the last check (/admin/sources). */
export async function findSyncSources(db: Db, options: { user: CurrentUser | null }) {
  assertCan(options.user, 'curation:read')
  return db.instrument.findMany({
    where: { deletedAt: null, officialTextUrl: { not: null } },
    orderBy: { uri: 'asc' },
    select: {
      id: true,
      uri: true,
      title: true,
      shortTitle: true,
      officialTextUrl: true,
      syncCheckedAt: true,
      syncStatus: true,
      _count: { select: { versions: { where: { deletedAt: null } } } },
    },
  })
}
