import type { Db } from '@/lib/db/prisma'
import type { MeilisearchIndex } from '../meilisearch/meilisearch-index'
import { settingsFingerprint } from '../meilisearch/settings'
import { enqueueSearchSync } from '../outbox'
import { drainOutbox, pruneOutbox } from './drain-outbox'
import { recordSyncState } from './sync-state'

/**
 * The loop that keeps Meilisearch in step with Postgres. It applies the index settings (and asks
 * for a full reindex when they changed or the index is empty), then drains the outbox every few
 * seconds. Every error is caught and recorded: the loop never stops, and the outbox keeps what
 * was not delivered until the server is back.
 */
export type SyncWorker = { stop(): Promise<void>; tick(): Promise<void> }
type Options = { db: Db; index: MeilisearchIndex; intervalMs?: number; log?: (line: string) => void }

export function startSearchSyncWorker({ db, index, intervalMs = 2000, log = () => {} }: Options): SyncWorker {
  let prepared = false
  let stopped = false
  let running: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined
  let lastPrune = 0

  async function prepare() {
    await index.applySettings()
    const fingerprint = settingsFingerprint()
    const [stats, state] = await Promise.all([
      index.stats(),
      db.appState.findUnique({ where: { key: 'search.meilisearch' } }),
    ])
    const previous = (state?.value as { settingsFingerprint?: string } | null)?.settingsFingerprint
    if (stats.numberOfDocuments === 0 || previous !== fingerprint) {
      await enqueueSearchSync(db, 'all', '*')
      log(`search: full reindex queued (${stats.numberOfDocuments === 0 ? 'empty index' : 'settings changed'})`)
    }
    await recordSyncState(db, { settingsFingerprint: fingerprint })
    prepared = true
  }

  async function tick() {
    try {
      if (!prepared) await prepare()
      for (;;) {
        const result = await drainOutbox(db, index)
        if (result.failed) {
          await recordSyncState(db, { lastError: result.error, lastErrorAt: new Date().toISOString() })
          log(`search: ${result.failed} outbox entries kept for retry (${result.error})`)
          break
        }
        if (!result.claimed) break
        await recordSyncState(db, { lastSuccessAt: new Date().toISOString() })
      }
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now()
        await pruneOutbox(db)
      }
    } catch (error) {
      // Preparing or claiming failed (search server or database away): try again next tick.
      const message = (error as Error).message
      await recordSyncState(db, { lastError: message, lastErrorAt: new Date().toISOString() }).catch(() => {})
      log(`search: sync paused (${message})`)
    }
  }

  const schedule = () => {
    if (stopped) return
    timer = setTimeout(() => {
      running = tick().finally(schedule)
    }, intervalMs)
    timer.unref?.()
  }
  running = tick().finally(schedule)

  return {
    tick,
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
