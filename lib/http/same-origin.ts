import { AppError } from '@/lib/errors/app-error'

/**
 * CSRF check for route handlers that write (server actions get Next's own Origin check).
 * Browsers send Sec-Fetch-Site on every request; where it is missing (old browsers, scripts)
 * the Origin header must match the Host. A request with neither is not from a browser form
 * and carries no ambient cookie risk only if it also has no session, so it is refused too.
 */
export function assertSameOrigin(request: Request) {
  const site = request.headers.get('sec-fetch-site')
  if (site) {
    if (site === 'same-origin' || site === 'none') return
    throw new AppError('FORBIDDEN', 'Cross-site requests are not accepted.')
  }
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (origin && host && hostOf(origin) === host) return
  throw new AppError('FORBIDDEN', 'Cross-site requests are not accepted.')
}

/** The host of an Origin header; null for "null" (sandboxed frames, file: pages) or garbage. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null
  } catch {
    return null
  }
}
