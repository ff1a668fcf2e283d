import type { Db } from '@/lib/db/prisma'

/** What the worker last saw, kept in app_state for the admin status page. */
export type SyncState = {
  settingsFingerprint?: string
  lastSuccessAt?: string
  lastError?: string
  lastErrorAt?: string
}
const KEY = 'search.meilisearch'

export async function recordSyncState(db: Db, patch: SyncState) {
  const current = await readSyncState(db)
  const value = { ...current, ...patch }
  await db.appState.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } })
}

export async function readSyncState(db: Db): Promise<SyncState> {
  const row = await db.appState.findUnique({ where: { key: KEY } })
  return (row?.value as SyncState | null) ?? {}
}
