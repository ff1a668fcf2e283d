/**
 * What the web server's front keeps of a finished answer (lib/http/page-cache.ts for pages,
 * lib/http/api-answer-cache.ts for API answers): the parts of the key and of the headers both share.
 */
import type { IncomingHttpHeaders } from 'node:http'

export type KeptHeaders = [string, string | string[]][]

/** The public origin a request was made to: its Host and, from a trusted proxy, X-Forwarded-Host/-Proto. Absolute links in an answer are built from it. */
export function originKeyOf(headers: IncomingHttpHeaders) {
  return [headers.host, headers['x-forwarded-host'], headers['x-forwarded-proto']].map((v) => v ?? '').join(',')
}

/** The headers of a finished answer, without those named in `dropped` (set per response). */
export function keptHeaders(
  headers: Record<string, string | string[] | number | undefined>,
  dropped: Set<string>,
): KeptHeaders {
  return Object.entries(headers)
    .filter(([name, value]) => value !== undefined && !dropped.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)])
}
