import { createVersionCache } from '@/lib/domain/version-cache'

/**
 * In-process cache of public API response bodies (and Atom feeds), keyed by (database, data
 * version, normalised URL) — decision 0801. Only 200s are kept: errors and not-found answers are
 * cheap to recompute and may be transient.
 */
export type CachedBody = { status: number; body: string; contentType: string; headers?: Record<string, string> }

const cache = createVersionCache<CachedBody>({
  name: 'api',
  maxEntries: 2000,
  maxBytes: 64 * 1024 * 1024,
  sizeOf: (value) => value.body.length * 2,
  keep: (value) => value.status === 200,
})

export function cachedResponse(
  database: string,
  version: string,
  key: string,
  compute: () => Promise<CachedBody>,
): Promise<{ value: CachedBody; hit: boolean }> {
  return cache.get(database, version, key, compute)
}
