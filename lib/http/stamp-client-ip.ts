import http from 'node:http'
import { CLIENT_IP_HEADER, resolveClientIp } from './api/client-ip'

/**
 * Stamps each incoming request with its client IP (socket address, or via a trusted proxy) before
 * Next sees it, overwriting any such header from outside. Patches http.Server's emit once, in the
 * server process only (instrumentation.ts); Next's own handler is an ordinary 'request' listener.
 */
const installed = Symbol.for('lexbridge.stampClientIp')

export function installClientIpStamp(trustedProxies: string[]) {
  const proto = http.Server.prototype as unknown as { emit: (...args: unknown[]) => boolean; [installed]?: boolean }
  if (proto[installed]) return
  proto[installed] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: unknown, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[CLIENT_IP_HEADER] = resolveClientIp(
        request.socket?.remoteAddress,
        request.headers['x-forwarded-for'],
        trustedProxies,
      )
    }
    return emit.call(this, event, ...args)
  }
}
