import type { Metadata } from 'next'
import Link from 'next/link'
import { ApiRouteReference, type RouteReference } from '@/components/api/api-route-reference'
import { PageHeader } from '@/components/ui/page-header'
import { env } from '@/lib/env'
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from '@/lib/schemas/api/envelope'
import { buildOpenApiDocument } from '@/lib/schemas/api/openapi'
import { apiRoutes } from '@/lib/schemas/api/routes'

export const metadata: Metadata = { title: 'Public API' }

const problemTypes = [
  ['invalid-parameters', 400, 'A parameter is malformed, unknown or missing; errors[] names each one.'],
  ['not-found', 404, 'No published record has this code, URI or slug.'],
  ['rate-limited', 429, 'Too many requests from your address this minute; wait Retry-After seconds.'],
  ['internal', 500, 'Something failed on our side; nothing about it is shown. Try again later.'],
] as const

/** /api: the public read API in words, with curl examples; every table comes from the OpenAPI document. */
export default function ApiPage() {
  const origin = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')
  const document = buildOpenApiDocument()
  const routes: RouteReference[] = apiRoutes.map((route) => ({
    ...route,
    parameters: (document.paths[route.path] as { get: { parameters: RouteReference['parameters'] } }).get.parameters,
  }))
  const groups = [...new Set(apiRoutes.map((route) => route.tag))]
  return (
    <>
      <PageHeader
        title="Public API"
        lead="Every published LexBridge record as JSON: free to read, no account, no key. The same law, citations and verification flags as the pages."
      />
      <div className="max-w-3xl space-y-3 text-slate-800">
        <p>
          The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1),
          generated from the same schemas that check every request, so it cannot drift from what the API does. The whole
          dataset is also described on <Link href="/about/data">About the data</Link>.
        </p>
        <h2 className="pt-4 text-xl font-semibold">The contract</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            A success is <code>{'{ "data": …, "page": { "nextCursor", "limit" }, "meta": … }'}</code>; <code>page</code>{' '}
            is there for lists.
          </li>
          <li>
            Lists are paged by cursor: <code>limit</code> (default {API_DEFAULT_LIMIT}, at most {API_MAX_LIMIT}) and{' '}
            <code>cursor</code>, the <code>page.nextCursor</code> of the page before. <code>nextCursor</code> is{' '}
            <code>null</code> on the last page.
          </li>
          <li>
            One name per parameter everywhere: <code>jurisdiction</code> (repeat it, or separate codes by commas),{' '}
            <code>asOf</code>, <code>limit</code>, <code>cursor</code>. The old names <code>j</code> and{' '}
            <code>col</code> still work.
          </li>
          <li>
            Errors are <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> problem details (
            <code>application/problem+json</code>) with <code>type</code>, <code>title</code>, <code>status</code>,{' '}
            <code>detail</code> and, for bad parameters, <code>errors</code>: one{' '}
            <code>{'{ parameter, message }'}</code> per problem. Unknown parameters are refused, not ignored.
          </li>
          <li>
            Every answer carries <code>ETag</code> and <code>Last-Modified</code>; send the ETag back in{' '}
            <code>If-None-Match</code> and an unchanged answer is a bodyless <code>304</code>. Answers change only when
            curators publish.
          </li>
          <li>
            Rate limit: a number of requests per minute per address, stated in the <code>RateLimit-Policy</code> and{' '}
            <code>RateLimit</code> headers; above it, <code>429</code> with <code>Retry-After</code>.
          </li>
          <li>CORS is open: any web page may read the API.</li>
          <li>Only published records appear; curators&apos; notes, reviewers and accounts never do.</li>
        </ul>
        <h2 className="pt-4 text-xl font-semibold">Problem types</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {problemTypes.map(([slug, status, meaning]) => (
            <div key={slug} id={`problem-${slug}`} className="contents">
              <dt className="font-mono">
                {status} {slug}
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <h2 className="pt-4 text-xl font-semibold">Examples</h2>
        <pre
          tabIndex={0}
          aria-label="Example requests"
          className="overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-50"
        >
          <code>
            {`curl '${origin}/api/v1/instruments?jurisdiction=GB&inForceOn=2024-01-01&limit=20'
curl '${origin}/api/v1/instruments?jurisdiction=GB&limit=20&cursor=<page.nextCursor>'
curl -i -H 'If-None-Match: "<ETag of the last answer>"' '${origin}/api/v1/jurisdictions/GB'
curl '${origin}/api/v1/compare?jurisdiction=GB&jurisdiction=DE&by=concept&concept=child&format=csv'`}
          </code>
        </pre>
      </div>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
          <h2 id={`group-${group}`} className="text-xl font-semibold">
            {group}
          </h2>
          {routes
            .filter((route) => apiRoutes.find((r) => r.id === route.id)!.tag === group)
            .map((route) => (
              <ApiRouteReference key={route.id} route={route} origin={origin} />
            ))}
        </section>
      ))}
    </>
  )
}
