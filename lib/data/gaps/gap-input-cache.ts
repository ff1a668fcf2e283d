import { poolOf, type Db } from '@/lib/db/prisma'
import type { CriterionDef } from '@/lib/domain/gaps/gap-inputs'
import { findGapInputKey, loadGapInput, type LoadedGapInput } from './load-gap-input'
import { getStandard, toCriterionDefs, type StandardDetail } from './get-standard'

/**
 * The in-process cache of what the gap matrix reads for one standard (decision 0304).
 *
 * An entry holds the standard with its criteria and everything `loadGapInput` returns for every
 * jurisdiction, under the data version it was read at. The version is a counter that the database
 * bumps in the same transaction as any change to that data (migration 20261126090000), so a
 * write by this process, another server process, `npm run import` or psql makes every entry
 * stale at the moment it commits. Each use reads the counter (one primary-key row) first and
 * loads only when it moved: data is never older than the version it is filed under, because the
 * counter is read before the data.
 *
 * What is not cached: jurisdictions and memberships (read per request, they decide the rows) and
 * the evaluation (it depends on the date). Entries are shared and must not be modified.
 */
export type StandardInput = {
  version: string
  standard: StandardDetail
  criteria: CriterionDef[]
  loaded: LoadedGapInput
}

const MAX_STANDARDS = 16

type Entry = { version: string; value: Promise<StandardInput | null> }
type Cache = Map<string, Entry>

// One cache per database, shared by every client of it in the process (the app's and the
// refresher's), kept on globalThis so a second copy of this module (Next bundles some code twice)
// shares it too. A client without a pool of ours (a test's logging client) gets its own.
const store = ((
  globalThis as unknown as { lexbridgeGapInputCache?: { byUrl: Map<string, Cache>; byClient: WeakMap<object, Cache> } }
).lexbridgeGapInputCache ??= {
  byUrl: new Map(),
  byClient: new WeakMap(),
})

function cacheOf(db: Db): Cache {
  const url = databaseKey(db)
  let cache = url ? store.byUrl.get(url) : store.byClient.get(db)
  if (!cache) {
    cache = new Map()
    if (url) store.byUrl.set(url, cache)
    else store.byClient.set(db, cache)
  }
  return cache
}

function databaseKey(db: Db): string | undefined {
  return poolOf(db)?.options.connectionString
}

/** The current data version (one primary-key read). */
export async function readDataVersion(db: Db): Promise<string> {
  const row = await db.dataVersion.findUnique({ where: { scope: 'curated' }, select: { version: true } })
  // The row is created by the migration; without it nothing could be cached safely.
  if (!row) throw new Error('DataVersion row "curated" is missing: run the migrations (npm start does).')
  return row.version.toString()
}

async function loadStandardInput(
  db: Db,
  slug: string,
  version: string,
  jurisdictionIds: string[] | null,
): Promise<StandardInput | null> {
  const key = await findGapInputKey(db, slug)
  if (!key) return null
  const [standard, loaded] = await Promise.all([getStandard(db, { slug }), loadGapInput(db, key, jurisdictionIds)])
  if (!standard) return null
  return { version, standard, criteria: toCriterionDefs(standard), loaded }
}

/**
 * The standard's input at `version` (read by the caller with readDataVersion). A current entry is
 * returned as it is; otherwise, for a narrow question (`jurisdictionIds`, e.g. one jurisdiction's
 * report) only those jurisdictions are read and nothing is cached, and for the whole matrix every
 * jurisdiction is read once and cached. Concurrent requests for the same entry share one load.
 */
export async function getStandardInput(
  db: Db,
  slug: string,
  version: string,
  jurisdictionIds: string[] | null,
): Promise<StandardInput | null> {
  const cache = cacheOf(db)
  const entry = cache.get(slug)
  if (entry && entry.version === version) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(slug)
    cache.set(slug, entry)
    return entry.value
  }
  if (jurisdictionIds) return loadStandardInput(db, slug, version, jurisdictionIds)
  const value = loadStandardInput(db, slug, version, null)
  cache.set(slug, { version, value })
  // A failed load or an unknown slug is not kept: the next request asks again.
  const forget = () => {
    if (cache.get(slug)?.value === value) cache.delete(slug)
  }
  value.then((input) => input ?? forget(), forget)
  while (cache.size > MAX_STANDARDS) cache.delete(cache.keys().next().value!)
  return value
}

/** The slugs cached for this database whose entries are older than `version`. */
export function staleSlugs(db: Db, version: string): string[] {
  return [...cacheOf(db)].filter(([, entry]) => entry.version !== version).map(([slug]) => slug)
}

/** Forgets everything cached for this database (tests and the benchmark's cold runs). */
export function clearGapInputCache(db: Db) {
  cacheOf(db).clear()
}
