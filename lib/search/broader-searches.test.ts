import { describe, expect, it } from 'vitest'
import { searchParamsSchema } from '@/lib/schemas/search'
import { broaderSearches } from './broader-searches'

describe('broaderSearches', () => {
  it('offers any-word and no-filter searches', () => {
    const params = searchParamsSchema.parse({ q: 'grooming "live streaming" -adult', jurisdiction: 'GB', page: '2' })
    expect(broaderSearches(params)).toEqual([
      {
        label: 'Any of the words: grooming or "live streaming"',
        params: { q: 'grooming or "live streaming"', jurisdiction: 'GB', sort: 'relevance', exact: undefined },
      },
      {
        label: '“grooming "live streaming" -adult” without filters',
        params: { q: 'grooming "live streaming" -adult' },
      },
    ])
  })

  it('widens the corrected query when there is one', () => {
    expect(
      broaderSearches(searchParamsSchema.parse({ q: 'groomng zebracorn' }), 'grooming zebracorn')[0].params.q,
    ).toBe('grooming or zebracorn')
  })

  it('offers nothing for one word without filters', () => {
    expect(broaderSearches(searchParamsSchema.parse({ q: 'grooming' }))).toEqual([])
    expect(broaderSearches(searchParamsSchema.parse({ q: 'groomng', exact: '1' })).map((b) => b.label)).toEqual([
      'Allow corrections of spelling',
    ])
  })
})
