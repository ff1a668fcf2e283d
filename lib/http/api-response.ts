import type { CompareProblem } from '@/lib/schemas/compare'
import { toCsv, type CsvValue } from '@/lib/domain/csv-write'

/**
 * Responses of the public JSON API (/api/v1/*): one error shape, CSV as a download. Validation
 * problems are 400s with every problem listed, never 500s.
 */
type ApiError = { error: { code: string; message: string; problems?: CompareProblem[] } }

export function apiError(status: 400 | 404, code: string, message: string, problems?: CompareProblem[]) {
  return Response.json({ error: { code, message, ...(problems?.length ? { problems } : {}) } } satisfies ApiError, {
    status,
  })
}

export function invalidParameters(problems: CompareProblem[]) {
  return apiError(400, 'invalid_parameters', problems.map((p) => p.message).join(' '), problems)
}

export function jsonData<T>(data: T) {
  return Response.json({ data }, { headers: { 'Cache-Control': 'no-store' } })
}

/** A CSV download, with a UTF-8 byte order mark so spreadsheet programs read accents right. */
export function csvDownload(filename: string, rows: CsvValue[][]) {
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    },
  })
}

/**
 * Base URL for absolute links in exports (CSV deep links, Markdown and Word drafts, feeds): APP_URL
 * when set, else the public origin the request was made to. Next builds `request.url` from the
 * address it listens on (http://localhost:3000 behind any proxy), so the origin comes from the Host
 * header instead, and from X-Forwarded-Host / -Proto when present: the web server front
 * (scripts/lib/next-server.ts, decision 1000) removes those unless the connection comes from a
 * proxy listed in TRUSTED_PROXIES, so only a trusted proxy can set them.
 */
export function exportOrigin(request: Request, appUrl: string | undefined) {
  if (appUrl) return appUrl.replace(/\/$/, '')
  const own = new URL(request.url)
  const first = (name: string) => request.headers.get(name)?.split(',')[0].trim() || undefined
  const host = first('x-forwarded-host') ?? first('host')
  const proto = first('x-forwarded-proto') ?? own.protocol.replace(/:$/, '')
  if (!host || !/^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) || !/^https?$/.test(proto))
    return own.origin
  return `${proto}://${host}`
}
