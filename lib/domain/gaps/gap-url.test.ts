import { describe, expect, it } from 'vitest'
import { gapPageParamsSchema } from '@/lib/schemas/gaps'
import { gapsApiHref, gapsHref } from './gap-url'

describe('gap URLs', () => {
  it('round-trip through the page parameter schema', () => {
    const state = gapPageParamsSchema.parse({
      standard: 'budapest-9',
      asOf: '2012-03-01',
      region: '150',
      org: 'EU',
      kind: 'state',
      sort: 'score',
      show: 'assessed',
      cell: 'DE:9(1)(a)',
    })
    const href = gapsHref(state, 'evidence')
    expect(href).toBe(
      '/gaps?standard=budapest-9&asOf=2012-03-01&region=150&org=EU&kind=state&show=assessed&sort=score&cell=DE%3A9%281%29%28a%29#evidence',
    )
    const parsed = gapPageParamsSchema.parse(Object.fromEntries(new URL(href, 'http://x').searchParams))
    expect(parsed).toEqual(state)
  })
  it('drops malformed page parameters instead of failing', () => {
    expect(
      gapPageParamsSchema.parse({
        standard: 'Bad Slug!',
        asOf: '2023-02-30',
        region: 'europe',
        sort: 'random',
        cell: 'nonsense',
      }),
    ).toEqual({ sort: 'name', show: 'all' })
    expect(gapPageParamsSchema.parse({ asOf: 'ratification', org: 'eu' })).toMatchObject({
      asOf: 'ratification',
      org: 'EU',
    })
  })
  it('builds export links without the open cell', () => {
    expect(gapsApiHref({ standard: 'opsc-3', cell: { code: 'GB', criterion: '3(1)(c)' } }, 'csv')).toBe(
      '/api/v1/gaps?standard=opsc-3&format=csv',
    )
  })
})
