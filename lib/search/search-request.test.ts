import { describe, expect, it } from 'vitest'
import { lenientSearchParamsSchema, searchHref, searchParamsSchema } from '@/lib/schemas/search'
import { facetValueToParam, hasFilters, staticFacetLabel, toSearchRequest } from './search-request'

describe('search parameters', () => {
  it('turns URL parameters into an engine request with stored values', () => {
    const params = searchParamsSchema.parse({
      q: ' grooming ',
      jurisdiction: 'gb',
      kind: 'eu-regulation',
      verification: 'needs-review',
      year: '2023',
      page: '2',
    })
    expect(toSearchRequest(params)).toEqual({
      q: 'grooming',
      filters: {
        type: undefined,
        jurisdiction: 'GB',
        region: undefined,
        kind: 'EU_REGULATION',
        topic: undefined,
        concept: undefined,
        year: 2023,
        verification: 'NEEDS_REVIEW',
        language: undefined,
      },
      sort: 'relevance',
      page: 2,
      pageSize: 20,
      exact: false,
    })
  })

  it('refuses malformed values strictly (API) and drops them leniently (page)', () => {
    const bad = { q: 'x', jurisdiction: 'not a code!', page: '0', sort: 'random', kind: 'novel', year: 'soon' }
    expect(searchParamsSchema.safeParse(bad).success).toBe(false)
    expect(searchParamsSchema.safeParse({ q: 'x', unknown: '1' }).success).toBe(false)
    expect(lenientSearchParamsSchema.parse(bad)).toEqual({ q: 'x', sort: 'relevance', page: 1 })
    expect(lenientSearchParamsSchema.parse({ q: 'x'.repeat(500) }).q).toBe('')
  })

  it('builds short, shareable URLs', () => {
    expect(searchHref({ q: 'age verification', jurisdiction: 'GB', sort: 'relevance', page: 1 })).toBe(
      '/search?q=age+verification&jurisdiction=GB',
    )
    expect(searchHref({ q: 'x', sort: 'newest', page: 3, exact: '1' })).toBe('/search?q=x&sort=newest&page=3&exact=1')
    expect(searchHref({})).toBe('/search')
  })

  it('maps facet values back to URL values and labels them', () => {
    expect(facetValueToParam('kind', 'EU_REGULATION')).toBe('eu-regulation')
    expect(facetValueToParam('verification', 'NEEDS_REVIEW')).toBe('needs-review')
    expect(facetValueToParam('jurisdiction', 'GB')).toBe('GB')
    expect(staticFacetLabel('language', 'spa')).toBe('Spanish')
    expect(staticFacetLabel('kind', 'STATUTE')).toBe('Statute')
    expect(staticFacetLabel('type', 'provision')).toBe('Provisions')
    expect(staticFacetLabel('jurisdiction', 'GB')).toBeUndefined()
    expect(hasFilters({ q: 'x' })).toBe(false)
    expect(hasFilters({ year: 2020 })).toBe(true)
  })
})
