// The web server process of `npm start`, `npm run dev` and the e2e server: Next.js behind a thin
// node:http front (decision 1000). It does three things Next.js alone does not:
//   1. the client address is the socket's unless the socket is a configured trusted proxy; the
//      X-Forwarded-* headers a client sends are never believed (Next keeps them as they come);
//   2. a path that does not decode (a lone "%", "%E0%A4%A") or holds a control character (NUL)
//      is answered 400 here instead of reaching the router, which answers such paths with 500;
//   3. SIGTERM / SIGINT stop accepting connections, let requests in flight finish (up to
//      --grace-ms), then exit; so does the loss of the parent process (no orphaned server);
//   4. anonymous readers of public pages get the page from memory while the data version is the
//      one it was rendered at, with a fresh CSP nonce (lib/http/page-cache.ts, decision 1012), and
//      public API answers the handler marked as cacheable likewise (lib/http/api-answer-cache.ts).
//      Not in development (`--dev`), where the code changes under the pages.
// Run by scripts/start.ts and scripts/e2e-server.ts, which read the options from lib/env.ts.
import http from 'node:http'
import { parseArgs } from 'node:util'
import { randomUUID } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import next from 'next'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import { createPrismaClient } from '@/lib/db/prisma'
import type { VersionCache } from '@/lib/domain/version-cache'
import { readEnv } from '@/lib/env'
import {
  ANSWER_ID_HEADER,
  apiAnswerCache,
  apiAnswerKey,
  matchesEtag,
  takeKeepable,
  toCachedAnswer,
} from '@/lib/http/api-answer-cache'
import { takeRequest } from '@/lib/http/api/rate-limit'
import { newNonce } from '@/lib/http/content-security-policy'
import { pageCache, pageCacheKey, toCachedPage, withNonce } from '@/lib/http/page-cache'
import { clientAddressOf, isSanePath, normaliseAddress } from '@/lib/http/request-guard'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    hostname: { type: 'string', default: '127.0.0.1' },
    dev: { type: 'boolean', default: false },
    'trusted-proxy': { type: 'string', multiple: true, default: [] },
    'grace-ms': { type: 'string', default: '10000' },
  },
})
const port = Number(values.port)
const trusted = new Set(values['trusted-proxy'].map(normaliseAddress))
const graceMs = Number(values['grace-ms'])
const untrustedHeaders = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded']

function badRequest(req: http.IncomingMessage, res: http.ServerResponse) {
  const detail = 'The address is not a valid URL path (a "%" not followed by two hex digits, or a control character).'
  if ((req.url ?? '').startsWith('/api/')) {
    res.writeHead(400, { 'content-type': 'application/problem+json; charset=utf-8' })
    res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail }))
  } else {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(`400 Bad Request. ${detail}\n`)
  }
}

const app = next({ dev: values.dev, hostname: values.hostname, port, dir: process.cwd() })
const handle = app.getRequestHandler()
await app.prepare()

const { DATABASE_URL: databaseUrl, API_RATE_LIMIT: apiRateLimit } = readEnv()
// Its own two connections: one version read per page request, shared among concurrent ones.
const pages = values.dev || !databaseUrl ? null : { db: createPrismaClient(databaseUrl, 2), key: databaseUrl }

async function serveKept(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/'
  const pageKey = pageCacheKey(req.method, url, req.headers)
  const answerKey = pageKey ? null : apiAnswerKey(req.method, url, req.headers)
  if ((!pageKey && !answerKey) || !pages) return handle(req, res)
  let version: string
  try {
    version = (await readDataStamp(pages.db)).version
  } catch {
    return handle(req, res) // the page or handler itself will say what is wrong with the database
  }
  return pageKey ? servePage(req, res, version, pageKey) : serveAnswer(req, res, version, answerKey!)
}

/**
 * The kept value of `key` under `version`: either `{ lookup }` (kept, or being rendered for another
 * reader: wait for it) or `{ settle }`, when this request renders it and hands over what to keep.
 */
function claim<T>(
  cache: VersionCache<T | null>,
  version: string,
  key: string,
): { settle: (value: T | null) => void } | { lookup: Promise<{ value: T | null; hit: boolean }> } {
  const claimed: { settle?: (value: T | null) => void } = {}
  const lookup = cache.get(
    pages!.key,
    version,
    key,
    () => new Promise<T | null>((resolve) => (claimed.settle = resolve)),
  )
  return claimed.settle ? { settle: claimed.settle } : { lookup }
}

/** A kept copy, gzip-compressed when the reader accepts it (the render itself was taken uncompressed). */
function sendCopy(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  headers: http.OutgoingHttpHeaders,
  body: Buffer,
  gzipFrom = 0,
) {
  const gzip = body.length > gzipFrom && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const sent = gzip ? gzipSync(body, { level: 4 }) : body
  res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': sent.length })
  res.end(sent)
}

async function serveAnswer(req: http.IncomingMessage, res: http.ServerResponse, version: string, key: string) {
  const kept = claim(apiAnswerCache, version, key)
  if ('settle' in kept) {
    const id = randomUUID()
    req.headers[ANSWER_ID_HEADER] = id
    delete req.headers['accept-encoding'] // kept as sent; a served copy is compressed in sendCopy
    captureInto(res, (status, headers, body) => kept.settle(toCachedAnswer(takeKeepable(id), status, headers, body)))
    res.once('close', () => takeKeepable(id))
    return handle(req, res)
  }
  const { value } = await kept.lookup
  // The handler answers what was not kept, and a reader over the rate limit (with its 429).
  const client = String(req.headers['x-forwarded-for'] ?? 'unknown')
  const rate = value ? takeRequest(client, apiRateLimit) : null
  if (!value || !rate?.allowed) return handle(req, res)
  const headers: http.OutgoingHttpHeaders = { ...Object.fromEntries(value.headers), ...rate.headers, 'x-cache': 'hit' }
  if (matchesEtag(req.headers['if-none-match'], value.etag)) {
    delete headers['content-type']
    delete headers['content-disposition']
    res.writeHead(304, headers)
    return void res.end()
  }
  sendCopy(req, res, headers, value.body, 1024)
}

async function servePage(req: http.IncomingMessage, res: http.ServerResponse, version: string, key: string) {
  const kept = claim(pageCache, version, key)
  if ('settle' in kept) {
    captureInto(res, (status, headers, body) => kept.settle(toCachedPage(status, headers, body.toString('utf8'))))
    delete req.headers['accept-encoding'] // kept as text; a served copy is compressed in sendCopy
    res.setHeader('x-page-cache', 'miss')
    return handle(req, res)
  }
  const { value } = await kept.lookup // a concurrent first render of the same page: wait for it
  if (!value) return handle(req, res)
  const page = withNonce(value, newNonce())
  sendCopy(req, res, { ...Object.fromEntries(page.headers), 'x-page-cache': 'hit' }, Buffer.from(page.body))
}

/** Collects what Next.js writes to `res`, and hands it over when the answer is finished (not when dropped). */
function captureInto(
  res: http.ServerResponse,
  done: (status: number, headers: http.OutgoingHttpHeaders, body: Buffer) => void,
) {
  let finished = false
  const chunks: Buffer[] = []
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
    return end(chunk, ...rest)
  }) as typeof res.end
  res.once('finish', () => {
    finished = true
    const { 'x-page-cache': _marker, ...headers } = res.getHeaders()
    done(res.statusCode, headers, Buffer.concat(chunks))
  })
  res.once('close', () => {
    if (!finished) done(0, {}, Buffer.alloc(0)) // a dropped answer keeps nothing
  })
}

let inFlight = 0
let stopping = false
const server = http.createServer((req, res) => {
  if (!isSanePath(req.url ?? '/')) return badRequest(req, res)
  const fromProxy = trusted.has(normaliseAddress(req.socket.remoteAddress))
  req.headers['x-forwarded-for'] = clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)
  if (!fromProxy) for (const header of untrustedHeaders) delete req.headers[header]
  // While stopping, each connection is closed after its response (no keep-alive reuse).
  if (stopping) res.setHeader('connection', 'close')
  inFlight += 1
  res.on('close', () => (inFlight -= 1))
  delete req.headers[ANSWER_ID_HEADER] // only the front tags a request for its answer cache
  void (pages ? serveKept(req, res) : handle(req, res))
})
server.keepAliveTimeout = 5_000
server.listen(port, values.hostname, () => console.log(`[lexbridge] serving on http://${values.hostname}:${port}`))

/**
 * Draining rather than closing the listener at once: connections already queued by the kernel
 * would otherwise be reset unanswered. The server keeps answering (connection: close) until no
 * request is in flight, then stops listening; after --grace-ms it stops regardless.
 */
function stop(reason: string) {
  if (stopping) return
  stopping = true
  console.log(`[lexbridge] ${reason}: finishing ${inFlight} request(s) in flight, then stopping`)
  const finish = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  const drain = setInterval(() => {
    server.closeIdleConnections()
    if (inFlight === 0) {
      clearInterval(drain)
      finish()
    }
  }, 100)
  setTimeout(() => {
    console.log(`[lexbridge] ${inFlight} request(s) still running after ${graceMs} ms: closing them`)
    finish()
    process.exit(0)
  }, graceMs).unref()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
// The parent (npm start) holds the database: without it there is nothing to serve.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop('the parent process is gone')
}, 1000).unref()
