/**
 * The client's IP address for the API rate limit. Route handlers cannot see the socket, so the
 * web server front (scripts/lib/next-server.ts, decision 1000) sets X-Forwarded-For to the one
 * address it trusts — the socket's, or the one a configured trusted proxy reports — replacing
 * whatever a client sent. Without the front (a handler called directly, as tests do) every
 * request counts as one client, "unknown".
 */
export function clientIpOf(request: Request): string {
  return request.headers.get('x-forwarded-for')?.trim() || 'unknown'
}
