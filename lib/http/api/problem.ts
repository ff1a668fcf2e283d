import type { Problem } from '@/lib/schemas/api/envelope'

/**
 * RFC 9457 problem details for /api/v1: one shape for every error, the offending parameters
 * named in `errors`. `type` is a page of docs/api.md's error table, served under /api.
 */
export type ParameterError = { parameter: string; message: string }

const types: Record<number, { slug: string; title: string }> = {
  400: { slug: 'invalid-parameters', title: 'Invalid parameters' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  500: { slug: 'internal', title: 'Internal error' },
  503: { slug: 'unavailable', title: 'Service unavailable' },
}

/** An expected failure inside a route: thrown by loaders, turned into a problem response. */
export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 404 | 429 | 500 | 503,
    detail: string,
    readonly errors?: ParameterError[],
  ) {
    super(detail)
  }
}

function problemBody(status: number, detail: string, errors?: ParameterError[], instance?: string): Problem {
  const known = types[status] ?? types[500]
  return {
    type: `/api#problem-${known.slug}`,
    title: known.title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  }
}

export function problemResponse(
  status: number,
  detail: string,
  options: { errors?: ParameterError[]; instance?: string; headers?: HeadersInit } = {},
) {
  const headers = new Headers(options.headers)
  headers.set('Content-Type', 'application/problem+json')
  headers.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify(problemBody(status, detail, options.errors, options.instance)), {
    status,
    headers,
  })
}
