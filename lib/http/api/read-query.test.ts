import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { instrumentListQuery } from '@/lib/schemas/api/params'
import { compareQuery } from '@/lib/schemas/api/routes'
import { readApiQuery } from './read-query'

const read = (query: string, schema: z.ZodObject = instrumentListQuery) =>
  readApiQuery(new URLSearchParams(query), schema)

describe('readApiQuery', () => {
  it('collects repeated and comma-separated jurisdictions, keeps the old j name as an alias', () => {
    const result = read('j=gb&jurisdiction=DE,fr&limit=10')
    expect(result).toMatchObject({ ok: true, data: { jurisdiction: ['GB', 'DE', 'FR'], limit: 10 } })
  })

  it('normalises: same query in another order or with an alias → same key', () => {
    const a = read('limit=10&kind=statute&jurisdiction=GB')
    const b = read('jurisdiction=GB&kind=statute&limit=10')
    const c = read('kind=statute&j=GB&limit=10')
    expect(a.ok && b.ok && c.ok && a.normalised === b.normalised && b.normalised === c.normalised).toBe(true)
  })

  it('names each offending parameter', () => {
    const result = read('limit=500&kind=poem&colour=red&status=in-force&status=repealed')
    expect(result.ok).toBe(false)
    const parameters = result.ok ? [] : result.errors.map((e) => e.parameter).sort()
    expect(parameters).toEqual(['colour', 'kind', 'limit', 'status'])
  })

  it('applies route refinements and keeps defaults', () => {
    expect(read('jurisdiction=GB&by=criterion', compareQuery)).toMatchObject({
      ok: false,
      errors: [{ parameter: 'criterion' }],
    })
    expect(read('j=GB&j=DE', compareQuery)).toMatchObject({
      ok: true,
      data: { by: 'topic', format: 'json', jurisdiction: ['GB', 'DE'] },
    })
  })
})
