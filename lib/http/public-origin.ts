/**
 * The public origin for absolute links where there is no Request object (metadata routes such as
 * the sitemap, which read headers()): APP_URL when set, else the Host the request came to. The web
 * server front (scripts/lib/next-server.ts) removes X-Forwarded-Host / -Proto unless a trusted proxy
 * sent them, so they are believed here only in that case.
 */
export function publicOrigin(headers: Pick<Headers, 'get'>, appUrl: string | undefined): string {
  if (appUrl) return appUrl.replace(/\/+$/, '')
  const host = headers.get('x-forwarded-host')?.split(',')[0].trim() || headers.get('host') || 'localhost'
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https' ? 'https' : 'http'
  return `${proto}://${host}`
}
