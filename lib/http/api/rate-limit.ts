/**
 * A fixed-window request counter per client IP, in process memory, for the public API, with the
 * IETF RateLimit / RateLimit-Policy header fields (draft-ietf-httpapi-ratelimit-headers):
 *   RateLimit-Policy: "api";q=600;w=60     RateLimit: "api";r=599;t=42
 * One process serves LexBridge; several behind a balancer would each count their own share.
 */
const RATE_LIMIT_WINDOW_SECONDS = 60
const MAX_CLIENTS = 100_000

type Window = { start: number; counts: Map<string, number> }
const state = ((globalThis as unknown as { lexbridgeApiRateLimit?: Window }).lexbridgeApiRateLimit ??= {
  start: 0,
  counts: new Map(),
})

export type RateDecision = { allowed: boolean; headers: Record<string, string>; retryAfter: number }

export function takeRequest(client: string, quota: number, now = Date.now()): RateDecision {
  if (quota <= 0) return { allowed: true, headers: {}, retryAfter: 0 }
  const windowMs = RATE_LIMIT_WINDOW_SECONDS * 1000
  const start = Math.floor(now / windowMs) * windowMs
  // A new window forgets the old one; a flood of distinct addresses cannot grow the map unbounded.
  if (state.start !== start || state.counts.size > MAX_CLIENTS) {
    state.start = start
    state.counts = new Map()
  }
  const used = (state.counts.get(client) ?? 0) + 1
  state.counts.set(client, used)
  const reset = Math.max(1, Math.ceil((start + windowMs - now) / 1000))
  const remaining = Math.max(0, quota - used)
  return {
    allowed: used <= quota,
    retryAfter: reset,
    headers: {
      'RateLimit-Policy': `"api";q=${quota};w=${RATE_LIMIT_WINDOW_SECONDS}`,
      RateLimit: `"api";r=${remaining};t=${reset}`,
    },
  }
}

/** Tests only: start from an empty window. */
export function resetRateLimit() {
  state.start = 0
  state.counts = new Map()
}
