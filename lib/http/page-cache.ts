import type { IncomingHttpHeaders } from 'node:http'
import { createVersionCache } from '@/lib/domain/version-cache'
import { keptHeaders, originKeyOf, type KeptHeaders } from './kept-response'

/**
 * Whole public pages, kept in the web server's front (scripts/lib/next-server.ts) under the data
 * version (decision 1012): published data changes only at a commit, so the HTML of
 * `/jurisdictions/DE` is the same for every anonymous reader until the next one.
 *
 * - Only anonymous, full-document GETs are kept: no cookie at all (a signed-in reader's header and
 *   panels differ), no Next.js client-navigation or server-action header, and only paths of the
 *   public reading pages. Only a 200 HTML answer without Set-Cookie is stored.
 * - The key is the public origin (Host and, from a trusted proxy, X-Forwarded-Host/-Proto), the full URL and the UTC day (pages that evaluate "today" — in force,
 *   gaps as of today — change at midnight).
 * - Each page carries a CSP nonce (decision 1011): a served copy gets a new random nonce, replaced
 *   in the policy header and in the HTML, so no two responses share one.
 */
export type CachedPage = { headers: KeptHeaders; body: string; nonce: string }

const PUBLIC_PAGES =
  /^\/(?:$|\?|(?:about|ages|compare|crosswalks|gaps|instruments|jurisdictions|readiness|search|standards|treaties)(?:[/?]|$))/
const CLIENT_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-url']
const DROPPED_HEADERS = new Set([
  'set-cookie',
  'date',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
])

export const pageCache = createVersionCache<CachedPage | null>({
  name: 'pages',
  maxEntries: 2000,
  maxBytes: 128 * 1024 * 1024,
  sizeOf: (page) => (page ? page.body.length * 2 : 0),
  keep: (page) => page !== null,
})

/** The cache key of a request whose answer may be kept, else null. */
export function pageCacheKey(method: string | undefined, url: string, headers: IncomingHttpHeaders, now = new Date()) {
  if (method !== 'GET' || headers.cookie || !PUBLIC_PAGES.test(url)) return null
  if (CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null
  return `${originKeyOf(headers)}|${url}|${now.toISOString().slice(0, 10)}`
}

/** A finished answer as it may be kept: a 200 HTML page with a nonce and no cookie; else null. */
export function toCachedPage(
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: string,
): CachedPage | null {
  if (status !== 200 || headers['set-cookie'] !== undefined) return null
  if (!String(headers['content-type'] ?? '').startsWith('text/html')) return null
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(headers['content-security-policy'] ?? ''))?.[1]
  if (!nonce) return null
  return { headers: keptHeaders(headers, DROPPED_HEADERS), body, nonce }
}

/** The kept page with `nonce` in place of the one it was rendered with. */
export function withNonce(page: CachedPage, nonce: string): { headers: KeptHeaders; body: string } {
  const swap = (text: string) => text.split(page.nonce).join(nonce)
  return {
    headers: page.headers.map(([name, value]) => [name, typeof value === 'string' ? swap(value) : value.map(swap)]),
    body: swap(page.body),
  }
}
