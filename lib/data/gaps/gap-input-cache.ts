import type { Db } from '@/lib/db/prisma'
import type { CriterionDef } from '@/lib/domain/gaps/types'
import { loadGapInput, type LoadedGapInput } from './load-gap-input'
import { readStandard, toCriterionDefs, type StandardDetail } from './read-standard'

/**
 * The in-process cache of what the gap matrix reads for one standard (decision 0405).
 *
 * An entry holds the standard with its criteria and everything `loadGapInput` returns for every
 * jurisdiction, under the data version it was read at. The version is a counter that the database
 * bumps in the same transaction as any change to that data (migration 20261126090000), so a
 * write by this process, another server process, `npm run import` or psql makes every entry
 * stale at the moment it commits. Each use reads the counter (one indexed row) first and loads
 * only when it moved: data is never older than the version it is filed under, because the
 * counter is read before the data.
 *
 * What is not cached: jurisdictions and memberships (read per request, they decide the rows) and
 * the evaluation (it depends on the date). Entries are shared and must not be modified.
 */
export type StandardInput = { version: string; standard: StandardDetail; criteria: CriterionDef[]; loaded: LoadedGapInput }

const MAX_STANDARDS = 16

type Cache = Map<string, { version: string; value: Promise<StandardInput | null> }>
const caches = new WeakMap<object, Cache>()

function cacheOf(db: Db): Cache {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  return cache
}

/** The current data version (one primary-key read). */
export async function readDataVersion(db: Db): Promise<string> {
  const row = await db.dataVersion.findUnique({ where: { scope: 'curated' }, select: { version: true } })
  // The row is created by the migration; without it nothing could be cached safely.
  if (!row) throw new Error('DataVersion row "curated" is missing: run the migrations (npm start does).')
  return row.version.toString()
}

async function loadStandardInput(db: Db, slug: string, version: string, jurisdictionIds: string[] | null): Promise<StandardInput | null> {
  const standard = await readStandard(db, slug)
  if (!standard) return null
  const criteria = toCriterionDefs(standard)
  const loaded = await loadGapInput(db, { id: standard.id, instrumentId: standard.instrumentId, criteria }, jurisdictionIds)
  return { version, standard, criteria, loaded }
}

/**
 * The standard's input at `version` (read by the caller with readDataVersion). A current entry is
 * returned as it is; otherwise, for a narrow question (`jurisdictionIds`, e.g. one jurisdiction's
 * report) only those jurisdictions are read and nothing is cached, and for the whole matrix every
 * jurisdiction is read once and cached. Concurrent requests for the same entry share one load.
 */
export async function getStandardInput(db: Db, slug: string, version: string, jurisdictionIds: string[] | null): Promise<StandardInput | null> {
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

/** Forgets everything cached for this client (tests and the benchmark's cold runs). */
export function clearGapInputCache(db: Db) {
  caches.delete(db)
}
