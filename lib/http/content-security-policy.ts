/**
 * The Content-Security-Policy of every page (decision 1011): scripts only with this response's
 * nonce (Next.js puts it on its own bootstrap and chunk scripts when it finds it in the request's
 * policy) and what those scripts load ('strict-dynamic'); no inline script, no eval outside
 * `next dev`. Styles keep 'unsafe-inline': React writes `style` attributes (maps, bars), which a
 * nonce cannot cover, and styles cannot run code.
 */
export function pagePolicy(nonce: string, options: { dev?: boolean } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Answers that are data, not pages (API, feeds, downloads): nothing in them may run or be framed. */
export const dataPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** 128 random bits, base64: unguessable and new for every request. */
export function newNonce() {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
