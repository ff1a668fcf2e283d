import type { z } from 'zod'
import { apiParamAliases } from '@/lib/schemas/api/params'
import type { ParameterError } from './problem'

/**
 * Reads a /api/v1 query string against the route's zod schema: old parameter names are rewritten
 * to the current ones, array parameters collect every value (repeated or comma-separated), a
 * single-valued parameter given twice is refused, and every problem names its parameter.
 * Also returns the normalised query (current names, sorted) that keys the cache and the ETag.
 */
export type QueryResult<T> = { ok: true; data: T; normalised: string } | { ok: false; errors: ParameterError[] }

function isArrayField(schema: z.ZodType | undefined): boolean {
  let current = schema as { def?: { type: string; innerType?: unknown; in?: unknown } } | undefined
  while (current?.def) {
    const { type } = current.def
    if (type === 'array') return true
    if (type === 'optional' || type === 'default' || type === 'nullable' || type === 'catch')
      current = current.def.innerType as typeof current
    else if (type === 'pipe') current = current.def.in as typeof current
    else return false
  }
  return false
}

export function readApiQuery<S extends z.ZodObject>(search: URLSearchParams, schema: S): QueryResult<z.output<S>> {
  const shape = schema.shape as Record<string, z.ZodType>
  const values = new Map<string, string[]>()
  for (const [rawKey, value] of search) {
    const key = apiParamAliases[rawKey] && !(rawKey in shape) ? apiParamAliases[rawKey] : rawKey
    if (value.trim() === '') continue
    values.set(key, [...(values.get(key) ?? []), value])
  }
  const errors: ParameterError[] = []
  const raw: Record<string, string | string[]> = {}
  for (const [key, list] of values) {
    if (isArrayField(shape[key]))
      raw[key] = list
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean)
    else if (list.length > 1) errors.push({ parameter: key, message: 'Give this parameter once.' })
    else raw[key] = list[0]
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          errors.push({
            parameter: key,
            message: `Unknown parameter. This route takes: ${Object.keys(shape).join(', ') || 'none'}.`,
          })
      } else {
        errors.push({ parameter: issue.path.length ? String(issue.path[0]) : '(query)', message: issue.message })
      }
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors }
  const normalised = [...Object.entries(raw)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${encodeURIComponent(key)}=${[value].flat().map(encodeURIComponent).join(',')}`)
    .join('&')
  return { ok: true, data: parsed.data, normalised }
}
