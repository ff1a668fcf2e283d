type Parameter = { name: string; in: string; required: boolean; description?: string; schema?: Record<string, unknown> }
export type RouteReference = {
  id: string
  path: string
  summary: string
  description?: string
  example: string
  csv?: boolean
  parameters: Parameter[]
}

/** What a parameter accepts, in words, from its JSON Schema. */
function accepts(schema: Record<string, unknown> = {}): string {
  if (Array.isArray(schema.enum)) return (schema.enum as string[]).join(' | ')
  if (schema.type === 'array') return `repeatable; ${accepts(schema.items as Record<string, unknown>)}`
  if (schema.type === 'integer')
    return `integer ${schema.minimum ?? ''}–${schema.maximum ?? ''}${schema.default !== undefined ? `, default ${String(schema.default)}` : ''}`
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date YYYY-MM-DD'
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(accepts).join(' or ')
  if (schema.const !== undefined) return String(schema.const)
  return String(schema.type ?? 'text') + (schema.default !== undefined ? `, default ${String(schema.default)}` : '')
}

/** One route of /api: path, summary, a curl example and its parameter table (from the OpenAPI document). */
export function ApiRouteReference({ route, origin }: { route: RouteReference; origin: string }) {
  return (
    <section aria-labelledby={`${route.id}-heading`} className="mt-8 border-t border-slate-200 pt-4">
      <h3 id={`${route.id}-heading`} className="font-mono text-base font-semibold break-all">
        GET {route.path}
      </h3>
      <p className="mt-1 text-slate-800">
        {route.summary}
        {route.csv ? ' Also as CSV with format=csv.' : ''}
      </p>
      {route.description && <p className="mt-1 text-sm text-slate-700">{route.description}</p>}
      <pre
        tabIndex={0}
        aria-label={`Example request for ${route.path}`}
        className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-50"
      >
        <code>
          curl &apos;{origin}
          {route.example}&apos;
        </code>
      </pre>
      {route.parameters.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {route.path}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  Parameter
                </th>
                <th scope="col" className="py-1 pr-3">
                  In
                </th>
                <th scope="col" className="py-1 pr-3">
                  Accepts
                </th>
                <th scope="col" className="py-1">
                  Meaning
                </th>
              </tr>
            </thead>
            <tbody>
              {route.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {p.name}
                    {p.required && <span className="ml-1 text-xs text-slate-600">(required)</span>}
                  </th>
                  <td className="py-1 pr-3">{p.in}</td>
                  <td className="py-1 pr-3 break-words">{accepts(p.schema)}</td>
                  <td className="py-1">{p.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
