/**
 * An in-process cache of values computed from published data, keyed by (database, data version,
 * key) — decision 0801. The data version moves at the commit of any change to published data
 * (decision 0304), so an entry can never outlive its data: the first lookup under a new version
 * drops every entry of the old one. Concurrent lookups of one key share one computation; only
 * values `keep` accepts are stored; bounded by entries and (estimated) bytes, least recently used
 * out first.
 */
export type VersionCacheOptions<T> = {
  /** Names the cache's store on globalThis, so a dev-server reload keeps one store per cache. */
  name: string
  maxEntries: number
  maxBytes: number
  sizeOf: (value: T) => number
  keep?: (value: T) => boolean
}
export type VersionCache<T> = {
  get(database: string, version: string, key: string, compute: () => Promise<T>): Promise<{ value: T; hit: boolean }>
}

type Entry<T> = { value: Promise<T>; bytes: number }
type Store<T> = { version: string; entries: Map<string, Entry<T>>; bytes: number }

const registry = ((
  globalThis as unknown as { lexbridgeVersionCaches?: Map<string, Map<string, Store<unknown>>> }
).lexbridgeVersionCaches ??= new Map())

export function createVersionCache<T>(options: VersionCacheOptions<T>): VersionCache<T> {
  let stores = registry.get(options.name) as Map<string, Store<T>> | undefined
  if (!stores) registry.set(options.name, (stores = new Map()))
  const byDatabase = stores

  function storeOf(database: string, version: string): Store<T> {
    let store = byDatabase.get(database)
    if (!store || store.version !== version) {
      store = { version, entries: new Map(), bytes: 0 }
      byDatabase.set(database, store)
    }
    return store
  }

  return {
    async get(database, version, key, compute) {
      const store = storeOf(database, version)
      const found = store.entries.get(key)
      if (found) {
        // Least recently used goes first: re-insert on every hit.
        store.entries.delete(key)
        store.entries.set(key, found)
        return { value: await found.value, hit: true }
      }
      const entry: Entry<T> = { value: compute(), bytes: 0 }
      store.entries.set(key, entry)
      let value: T
      try {
        value = await entry.value
      } catch (error) {
        if (store.entries.get(key) === entry) store.entries.delete(key)
        throw error
      }
      if (!(options.keep?.(value) ?? true) || byDatabase.get(database) !== store) {
        if (store.entries.get(key) === entry) store.entries.delete(key)
        return { value, hit: false }
      }
      entry.bytes = options.sizeOf(value)
      store.bytes += entry.bytes
      while (store.entries.size > options.maxEntries || store.bytes > options.maxBytes) {
        const [oldestKey, oldest] = store.entries.entries().next().value as [string, Entry<T>]
        store.entries.delete(oldestKey)
        store.bytes -= oldest.bytes
        if (oldestKey === key) break
      }
      return { value, hit: false }
    },
  }
}
