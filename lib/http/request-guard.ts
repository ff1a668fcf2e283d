/**
 * Pure checks the web server front (scripts/lib/next-server.ts) makes before Next.js sees a
 * request: which address the client really has, and whether the path is a valid URL path.
 */

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
export function normaliseAddress(address: string | undefined | null): string {
  return String(address ?? '')
    .trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the right-most
 * X-Forwarded-For hop that is not itself a trusted proxy. A client that is not a trusted proxy
 * cannot choose its address by sending X-Forwarded-For.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: ReadonlySet<string>,
): string {
  let client = normaliseAddress(socketAddress)
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  if (!trusted.has(client) || !header) return client
  const hops = header.split(',').map(normaliseAddress).filter(Boolean)
  while (hops.length) {
    client = hops.pop()!
    if (!trusted.has(client)) break
  }
  return client
}

/** True when the path percent-decodes and holds no control character (NUL, CR, LF …). */
export function isSanePath(rawUrl: string): boolean {
  const pathname = rawUrl.split('?')[0]
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname))
  } catch {
    return false
  }
}
