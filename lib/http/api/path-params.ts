import { jurisdictionCodeSchema, slugSchema } from '@/lib/schemas/common'
import { ApiProblem } from './problem'

/**
 * Path parameters of /api/v1 routes. A URI travels as path segments (/instruments/akn/gb/act/2023/50),
 * so the catch-all's segments are joined back into "/akn/gb/act/2023/50". Clients generated from the
 * OpenAPI document send the `{uri}` parameter as ONE encoded segment (akn%2Fgb%2Fact%2F2023%2F50):
 * an encoded slash separates segments too, so both spellings reach the same record. Bad values are
 * 400s naming the parameter; well-formed values that match nothing are the loader's 404.
 */
const segmentsOf = (value: string | string[] | undefined) =>
  [value ?? []]
    .flat()
    .flatMap((segment) => segment.replace(/%2F/gi, '/').split('/'))
    .filter(Boolean)

export function uriFromSegments(segments: string[], parameter = 'uri'): string {
  const uri = `/${segments.join('/')}`
  if (!segments.length || segments[0] !== 'akn' || uri.length > 300 || /[\s\u0000]/.test(uri)) {
    throw new ApiProblem(400, 'The URI in the path must be an Akoma Ntoso URI, e.g. akn/gb/act/2023/50.', [
      { parameter, message: 'Use an Akoma Ntoso URI starting with akn/' },
    ])
  }
  return uri
}

export function pathSegments(params: Record<string, string | string[]>, name: string) {
  return segmentsOf(params[name])
}

export function jurisdictionCodeParam(params: Record<string, string | string[]>) {
  const parsed = jurisdictionCodeSchema.safeParse(String(params.code ?? '').toUpperCase())
  if (!parsed.success)
    throw new ApiProblem(400, 'The jurisdiction code in the path is not valid.', [
      { parameter: 'code', message: parsed.error.issues[0].message },
    ])
  return parsed.data
}

export function slugParam(params: Record<string, string | string[]>) {
  const parsed = slugSchema.max(80).safeParse(String(params.slug ?? ''))
  if (!parsed.success)
    throw new ApiProblem(400, 'The slug in the path is not valid.', [
      { parameter: 'slug', message: parsed.error.issues[0].message },
    ])
  return parsed.data
}

export function notFound(what: string): never {
  throw new ApiProblem(404, `No published ${what}.`)
}
