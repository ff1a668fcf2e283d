import { NextResponse, type NextRequest } from 'next/server'
import { newNonce, pagePolicy } from '@/lib/http/content-security-policy'

/**
 * Next.js 16 proxy (formerly middleware): a new CSP nonce for every page request (decision 1011).
 * The policy goes on the request too, where Next.js reads the nonce and puts it on its scripts.
 * Every page is rendered per request already (app/layout.tsx), so the nonce costs no static page.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce()
  const policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages only: API answers, feeds and static files get the fixed data policy (next.config.ts).
  matcher: [{ source: '/((?!api/|feeds/|_next/static|_next/image|favicon.ico).*)' }],
}
