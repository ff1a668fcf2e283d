import { z } from 'zod'
import { API_DEFAULT_LIMIT, API_MAX_LIMIT, problemSchema } from './envelope'
import { apiParamAliases } from './params'
import { apiRoutes, type ApiRoute } from './routes'

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with
 * (lib/schemas/api/routes.ts) by zod's own z.toJSONSchema — nothing here restates a field.
 * JSON Schema 2020-12 is OpenAPI 3.1's schema dialect, so the output is used as it comes; only the
 * local $defs of recursive shapes (the provision tree) move to components.schemas.
 */
type Json = Record<string, unknown>

function jsonSchema(schema: z.ZodType, io: 'input' | 'output', prefix: string, components: Json): Json {
  const {
    $schema: _dialect,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Json & { $defs?: Json }
  const rename = (text: string) =>
    text.replace(/"#\/\$defs\/([^"]+)"/g, (_m, name: string) => `"#/components/schemas/${prefix}_${name}"`)
  for (const [name, def] of Object.entries($defs ?? {}))
    components[`${prefix}_${name}`] = JSON.parse(rename(JSON.stringify(def)))
  return JSON.parse(rename(JSON.stringify(rest)))
}

function parametersOf(route: ApiRoute, components: Json) {
  const path = (route.pathParams ?? []).map((p) => ({
    name: p.name,
    in: 'path',
    required: true,
    description: p.description,
    example: p.example,
    schema: { type: 'string' },
  }))
  const shape = route.query.shape as Record<string, z.ZodType>
  const query = Object.entries(shape).map(([name, field]) => {
    const schema = jsonSchema(field, 'input', `${route.id}_${name}`, components)
    const aliases = Object.entries(apiParamAliases)
      .filter(([, to]) => to === name)
      .map(([from]) => from)
    const description = [
      field.description ?? (schema.description as string | undefined),
      aliases.length ? `Also accepted as ${aliases.join(', ')} (old name).` : '',
    ]
      .filter(Boolean)
      .join(' ')
    return {
      name,
      in: 'query',
      required: !field.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema,
      ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
    }
  })
  return [...path, ...query]
}

export function buildOpenApiDocument(serverUrl = '/') {
  const components: Json = { Problem: jsonSchema(problemSchema, 'output', 'Problem', {}) }
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  })
  const paths: Json = {}
  for (const route of apiRoutes as readonly ApiRoute[]) {
    const body = jsonSchema(route.response, 'output', route.id, components)
    const content: Json = { 'application/json': { schema: body } }
    if (route.csv) content['text/csv'] = { schema: { type: 'string' }, description: 'With format=csv' }
    paths[route.path] = {
      get: {
        operationId: route.id,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [route.tag],
        parameters: parametersOf(route, components),
        responses: {
          200: { description: 'OK. Headers: ETag, Last-Modified, RateLimit, RateLimit-Policy.', content },
          304: { description: 'Not modified (If-None-Match matched the ETag).' },
          400: problem('A parameter is not valid; errors[] names each one.'),
          ...(route.pathParams?.length ? { 404: problem('No published record with this key.') } : {}),
          429: problem('Too many requests from your address; see Retry-After and RateLimit.'),
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LexBridge public API',
      version: '1',
      description:
        `Read-only access to every published LexBridge record. Lists are paged by cursor: limit (default ${API_DEFAULT_LIMIT}, ` +
        `at most ${API_MAX_LIMIT}) and the cursor from page.nextCursor. Errors are RFC 9457 problem details. See /api.`,
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: 'Records' }, { name: 'Search and compare' }, { name: 'Changes' }],
    paths,
    components: { schemas: components },
  }
}
