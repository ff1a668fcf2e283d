import type { NextConfig } from 'next'
import { dataPolicy } from './lib/http/content-security-policy'

// Pages get a per-request nonce policy from proxy.ts (decision 1011); data answers get dataPolicy.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  // Ignored over plain http (local use); enforces https once deployed behind TLS.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

// Curation pages and APIs: never cached by a shared proxy, never indexed.
const privateHeaders = [
  { key: 'Cache-Control', value: 'private, no-store' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg and PGlite are Node libraries with native/WASM parts: keep them out of the bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', '@prisma/adapter-pg'],
  typedRoutes: false,
  // An instrument version as Akoma Ntoso XML lives under the instrument's own address; the page's
  // catch-all route cannot also be a route handler, so the XML is served by /api/v1/akn/….
  async rewrites() {
    return {
      beforeFiles: [{ source: '/instruments/akn/:path+/akn.xml', destination: '/api/v1/akn/:path+' }],
      afterFiles: [],
      fallback: [],
    }
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path+', headers: [{ key: 'Content-Security-Policy', value: dataPolicy }] },
      { source: '/feeds/:path*', headers: [{ key: 'Content-Security-Policy', value: dataPolicy }] },
      { source: '/admin/:path*', headers: privateHeaders },
      { source: '/api/admin/:path*', headers: privateHeaders },
      { source: '/api/auth/:path*', headers: privateHeaders },
    ]
  },
}

export default nextConfig
