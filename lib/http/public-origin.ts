/**
 * The one base URL for absolute links (CSV deep links, Markdown and Word drafts, feeds, the sitemap
 * and robots.txt): APP_URL when set, else the public origin the reader used. Next builds
 * `request.url` from the address it listens on (http://localhost:3000 behind any proxy), so the
 * origin comes from the Host header, and from X-Forwarded-Host / -Proto when present: the web server
 * front (scripts/lib/next-server.ts, decision 1000) removes those unless the connection comes from a
 * proxy listed in TRUSTED_PROXIES, so only a trusted proxy can set them. A Host that is not a host
 * name (or a protocol other than http/https) falls back to the request's own origin, or to
 * http://localhost where only headers are at hand (metadata routes reading `headers()`).
 */
export function publicOrigin(source: Request | Pick<Headers, 'get'>, appUrl: string | undefined): string {
  if (appUrl) return appUrl.replace(/\/+$/, '')
  const isRequest = source instanceof Request
  const headers = isRequest ? source.headers : source
  const own = isRequest ? new URL(source.url) : new URL('http://localhost')
  const first = (name: string) => headers.get(name)?.split(',')[0].trim() || undefined
  const host = first('x-forwarded-host') ?? first('host')
  const proto = first('x-forwarded-proto') ?? own.protocol.replace(/:$/, '')
  if (!host || !/^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) || !/^https?$/.test(proto))
    return own.origin
  return `${proto}://${host}`
}
