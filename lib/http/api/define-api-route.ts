import 'server-only'
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { db } from '@/lib/db'
import { databaseKeyOf, type Db } from '@/lib/db/prisma'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import type { CsvValue } from '@/lib/domain/csv-write'
import { env } from '@/lib/env'
import { isAppError } from '@/lib/errors/app-error'
import { csvDownload } from '@/lib/http/api-response'
import type { ApiRoute } from '@/lib/schemas/api/routes'
import { clientIpOf } from './client-ip'
import { ApiProblem, problemResponse } from './problem'
import { takeRequest } from './rate-limit'
import { readApiQuery } from './read-query'
import { markKeepable, matchesEtag } from '@/lib/http/api-answer-cache'
import { cachedResponse, type CachedBody } from './response-cache'
import { publicOrigin } from '@/lib/http/public-origin'

/**
 * One handler shape for every /api/v1 route (docs/api.md): rate limit → query validated by the
 * route's zod schema (400 problem naming each parameter) → data version read → ETag from it and
 * the normalised URL (If-None-Match → 304) → body from the in-process cache or the loader →
 * envelope `{ data, page?, meta? }`, CORS open for GET, Last-Modified from when the data changed.
 */
export type ApiEnvelope = {
  data: unknown
  page?: { nextCursor: string | null; limit: number }
  meta?: Record<string, unknown>
}
export type ApiCsv = { csv: { filename: string } & ({ rows: CsvValue[][] } | { text: string }) }
export type ApiLoadContext<Q> = { db: Db; query: Q; params: Record<string, string | string[]>; request: Request }
type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> }

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, RateLimit, RateLimit-Policy, Retry-After, Content-Disposition',
}
// Differs per server start, so a new release never answers 304 for a body an older one made.
const BOOT = `${process.pid}-${Date.now()}`

export function defineApiRoute<R extends ApiRoute>(
  route: R,
  load: (context: ApiLoadContext<z.output<R['query']>>) => Promise<ApiEnvelope | ApiCsv>,
  options: { cacheable?: () => boolean } = {},
) {
  async function GET(request: Request, context: RouteContext = {}) {
    const rate = takeRequest(clientIpOf(request), env.API_RATE_LIMIT)
    const common = { ...CORS, ...rate.headers }
    if (!rate.allowed) {
      return problemResponse(
        429,
        `More than ${env.API_RATE_LIMIT} requests in a minute from your address. Try again in ${rate.retryAfter} s.`,
        {
          headers: { ...common, 'Retry-After': String(rate.retryAfter) },
        },
      )
    }
    const url = new URL(request.url)
    const query = readApiQuery(url.searchParams, route.query)
    if (!query.ok)
      return problemResponse(400, 'Some parameters are not valid; see errors.', {
        errors: query.errors,
        instance: url.pathname,
        headers: common,
      })

    try {
      const params = Object.fromEntries(
        Object.entries((await context.params) ?? {}).filter(
          (entry): entry is [string, string | string[]] => entry[1] !== undefined,
        ),
      )
      const stamp = await readDataStamp(db)
      // CSV exports hold absolute links built from the reader's public origin: a cached answer is
      // only for readers of the same origin (the cache is bounded, so odd Host headers only evict).
      const key = `${publicOrigin(request, env.APP_URL)}${url.pathname}?${query.normalised}`
      const etag = `"${createHash('sha1').update(`${stamp.version}|${BOOT}|${key}`).digest('base64url')}"`
      const lastModified = stamp.changedAt.toUTCString()
      const validators = { ETag: etag, 'Last-Modified': lastModified, 'Cache-Control': 'public, no-cache' }
      if (notModified(request, etag, stamp.changedAt))
        return new Response(null, { status: 304, headers: { ...common, ...validators } })

      const compute = () => render(route, load, { db, query: query.data as z.output<R['query']>, params, request })
      const cacheable = options.cacheable?.() ?? true
      const { value, hit } = cacheable
        ? await cachedResponse(databaseKeyOf(db), stamp.version, key, compute)
        : { value: await compute(), hit: false }
      const headers = {
        ...common,
        ...(value.status === 200 ? validators : { 'Cache-Control': 'no-store' }),
        ...value.headers,
        'Content-Type': value.contentType,
        'X-Cache': hit ? 'hit' : 'miss',
      }
      // The web server's front may keep this answer too (lib/http/api-answer-cache.ts).
      if (cacheable && value.status === 200) markKeepable(request)
      return new Response(value.body, { status: value.status, headers })
    } catch (error) {
      console.error(`[api] ${route.path}`, error)
      return problemResponse(500, 'Something went wrong on our side. Please try again later.', {
        instance: url.pathname,
        headers: common,
      })
    }
  }

  function OPTIONS() {
    return new Response(null, {
      status: 204,
      headers: {
        ...CORS,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Accept',
        'Access-Control-Max-Age': '86400',
        Allow: 'GET, HEAD, OPTIONS',
      },
    })
  }

  return { GET, OPTIONS }
}

async function render<R extends ApiRoute>(
  route: R,
  load: (context: ApiLoadContext<z.output<R['query']>>) => Promise<ApiEnvelope | ApiCsv>,
  context: ApiLoadContext<z.output<R['query']>>,
): Promise<CachedBody> {
  try {
    const result = await load(context)
    if ('csv' in result) {
      const download = 'rows' in result.csv ? csvDownload(result.csv.filename, result.csv.rows) : null
      return {
        status: 200,
        body: download ? await download.text() : (result.csv as { text: string }).text,
        contentType: 'text/csv; charset=utf-8',
        headers: {
          'Content-Disposition': `attachment; filename="${result.csv.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        },
      }
    }
    return { status: 200, body: JSON.stringify(result), contentType: 'application/json' }
  } catch (error) {
    const problem =
      error instanceof ApiProblem
        ? error
        : isAppError(error) && (error.status === 400 || error.status === 404)
          ? new ApiProblem(error.status, error.message)
          : null
    if (!problem) throw error
    const response = problemResponse(problem.status, problem.message, {
      errors: problem.errors,
      instance: new URL(context.request.url).pathname,
    })
    return { status: problem.status, body: await response.text(), contentType: 'application/problem+json' }
  }
}

function notModified(request: Request, etag: string, changedAt: Date) {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch) return matchesEtag(ifNoneMatch, etag)
  const since = Date.parse(request.headers.get('if-modified-since') ?? '')
  return !Number.isNaN(since) && Math.floor(changedAt.getTime() / 1000) * 1000 <= since
}
