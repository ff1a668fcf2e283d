import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import { getStandardInput, readDataVersion, staleSlugs } from './gap-input-cache'

/**
 * Refresh-ahead for the gap-input cache (decision 0304). In the server, a timer reads the data
 * version every two seconds; when it moved, the standards that were cached are reloaded in the
 * background, one after the other, so that the next reader usually finds them current instead of
 * paying for the load. On its first run it loads every published standard. Readers never wait
 * for it and never get stale data from it: they check the version themselves, and share a load
 * the refresher has already started for that version.
 */
const INTERVAL_MS = 2000

const started = ((globalThis as unknown as { lexbridgeGapRefresher?: WeakSet<object> }).lexbridgeGapRefresher ??=
  new WeakSet())

/** Starts the refresher for this client once; returns a function that stops it (tests). */
export function keepGapInputsFresh(
  db: Db,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): () => void {
  if (started.has(db)) return () => {}
  started.add(db)
  const log = options.log ?? ((line: string) => console.warn(`[lexbridge] ${line}`))
  let seen: string | null = null
  let running = false
  let failing = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const version = await readDataVersion(db)
      if (version !== seen) {
        const slugs =
          seen === null
            ? (await db.baselineStandard.findMany({ where: published, select: { slug: true } })).map((s) => s.slug)
            : staleSlugs(db, version)
        for (const slug of slugs) await getStandardInput(db, slug, version, null)
        seen = version
      }
      failing = false
    } catch (error) {
      // Say it once per run of failures; readers still load for themselves.
      if (!failing)
        log(
          `gap matrix cache refresh failed (readers load directly meanwhile): ${error instanceof Error ? error.message : String(error)}`,
        )
      failing = true
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, options.intervalMs ?? INTERVAL_MS)
  timer.unref()
  void tick()
  return () => {
    clearInterval(timer)
    started.delete(db)
  }
}
