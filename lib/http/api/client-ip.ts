/**
 * The client's IP address for the API rate limit. Route handlers cannot see the socket, so the
 * server stamps it into CLIENT_IP_HEADER before Next handles a request (lib/http/stamp-client-ip.ts,
 * installed by instrumentation.ts), replacing any value a client sent. Without the stamp (a handler
 * called directly, as tests do) every request counts as one client, "unknown".
 */
export const CLIENT_IP_HEADER = 'x-lexbridge-client-ip'

export function clientIpOf(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
}

/**
 * The address to trust: the socket's, unless the socket is a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (the one our proxy saw).
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: string[],
): string {
  const socket = normalise(socketAddress ?? 'unknown')
  if (!trustedProxies.length || !trustedProxies.includes(socket)) return socket
  const hops = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => normalise(hop.trim()))
    .filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.includes(hops[i])) return hops[i]
  return socket
}

// "::ffff:127.0.0.1" is how Node reports an IPv4 client on a dual-stack socket.
const normalise = (ip: string) => (ip.startsWith('::ffff:') ? ip.slice(7) : ip)
