import { buildOpenApiDocument } from '@/lib/schemas/api/openapi'

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the routes' zod schemas. */
let document: string | undefined

export function GET() {
  document ??= JSON.stringify(buildOpenApiDocument())
  return new Response(document, {
    headers: {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
