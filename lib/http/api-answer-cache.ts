import type { IncomingHttpHeaders } from 'node:http'
import { createVersionCache } from '@/lib/domain/version-cache'
import { keptHeaders, originKeyOf, type KeptHeaders } from './kept-response'

/**
 * Public API answers kept in the web server's front (scripts/lib/next-server.ts, decision 1012),
 * beside the route handlers' own cache (decision 0801): a kept answer is served without entering
 * Next.js at all. The route handler decides what may be kept: the front tags each API request with
 * a random id (ANSWER_ID_HEADER, replacing any a client sent) and the handler marks a cacheable 200
 * (never a Meilisearch search, whose index trails the commit) with `markKeepable`; both run in one
 * process. The front keeps it under the data version it read before the request, keyed by public
 * origin and URL as sent.
 * A served copy gets the reader's own rate-limit headers (the same per-address counter the
 * handlers use) and a 304 when its ETag matches If-None-Match.
 */
export const ANSWER_ID_HEADER = 'x-lexbridge-answer'
const keepable = ((globalThis as unknown as { lexbridgeKeepableAnswers?: Set<string> }).lexbridgeKeepableAnswers ??=
  new Set<string>())

/** Called by a route handler: the front may keep this request's answer. */
export function markKeepable(request: Request) {
  const id = request.headers.get(ANSWER_ID_HEADER)
  if (id) keepable.add(id)
}

/** Called by the front when the answer is finished (or dropped): whether the handler marked it. */
export function takeKeepable(id: string) {
  return keepable.delete(id)
}
export type CachedAnswer = { headers: KeptHeaders; body: Buffer; etag: string }

const PER_RESPONSE = new Set([
  'date',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'ratelimit',
  'ratelimit-policy',
  'x-cache',
])

export const apiAnswerCache = createVersionCache<CachedAnswer | null>({
  name: 'api-front',
  maxEntries: 2000,
  maxBytes: 64 * 1024 * 1024,
  sizeOf: (answer) => answer?.body.length ?? 0,
  keep: (answer) => answer !== null,
})

/** The key of a public API GET the front may answer, else null. */
export function apiAnswerKey(method: string | undefined, url: string, headers: IncomingHttpHeaders): string | null {
  if (method !== 'GET' || !url.startsWith('/api/v1/')) return null
  // Revalidation by date only is left to the handler (the front compares ETags).
  if (headers['if-modified-since'] !== undefined && headers['if-none-match'] === undefined) return null
  return `${originKeyOf(headers)}|${url}`
}

/** A finished answer as it may be kept: a 200 the handler marked, with an ETag and no cookie; else null. */
export function toCachedAnswer(
  marked: boolean,
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: Buffer,
): CachedAnswer | null {
  if (!marked || status !== 200 || headers['set-cookie'] !== undefined) return null
  const etag = headers.etag
  if (typeof etag !== 'string') return null
  return { headers: keptHeaders(headers, PER_RESPONSE), body, etag }
}

/** True when If-None-Match names the kept answer's ETag (or "*"), weak or strong. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string) {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)
}
