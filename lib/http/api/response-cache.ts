/**
 * In-process cache of public API response bodies, keyed by (database, data version, normalised
 * URL) — decision 0801. The data version moves at the commit of any change to published data
 * (decision 0304, migration 20261202130000 adds jurisdictions and memberships), so an entry can
 * never outlive its data: the first lookup under a new version drops every entry of the old one.
 * Concurrent requests for the same key share one computation. Bounded by entries and bytes.
 */
const MAX_ENTRIES = 2000
const MAX_BYTES = 64 * 1024 * 1024

export type CachedBody = { status: number; body: string; contentType: string; headers?: Record<string, string> }
type Entry = { value: Promise<CachedBody>; bytes: number }
type Store = { version: string; entries: Map<string, Entry>; bytes: number }

const stores = ((globalThis as unknown as { lexbridgeApiCache?: Map<string, Store> }).lexbridgeApiCache ??= new Map())

function storeOf(database: string, version: string): Store {
  let store = stores.get(database)
  if (!store || store.version !== version) {
    store = { version, entries: new Map(), bytes: 0 }
    stores.set(database, store)
  }
  return store
}

export async function cachedResponse(
  database: string,
  version: string,
  key: string,
  compute: () => Promise<CachedBody>,
): Promise<{ value: CachedBody; hit: boolean }> {
  const store = storeOf(database, version)
  const found = store.entries.get(key)
  if (found) {
    // Least recently used goes first: re-insert on every hit.
    store.entries.delete(key)
    store.entries.set(key, found)
    return { value: await found.value, hit: true }
  }
  const entry: Entry = { value: compute(), bytes: 0 }
  store.entries.set(key, entry)
  let value: CachedBody
  try {
    value = await entry.value
  } catch (error) {
    store.entries.delete(key)
    throw error
  }
  // Only successes are kept; errors and not-found answers are cheap to recompute and may be transient.
  if (value.status !== 200 || stores.get(database) !== store) {
    if (store.entries.get(key) === entry) store.entries.delete(key)
    return { value, hit: false }
  }
  entry.bytes = value.body.length * 2
  store.bytes += entry.bytes
  while (store.entries.size > MAX_ENTRIES || store.bytes > MAX_BYTES) {
    const [oldestKey, oldest] = store.entries.entries().next().value as [string, Entry]
    store.entries.delete(oldestKey)
    store.bytes -= oldest.bytes
    if (oldestKey === key) break
  }
  return { value, hit: false }
}
