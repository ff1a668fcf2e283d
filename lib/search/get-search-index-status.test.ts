import { describe, expect, it } from 'vitest'
import { redactError } from './get-search-index-status'

describe('redactError', () => {
  it('removes server addresses from errors shown on the status page', () => {
    expect(redactError('Request to http://10.0.0.5:7700/indexes/lexbridge/documents has failed')).toBe(
      'Request to [search server] has failed',
    )
    expect(redactError('connect ECONNREFUSED 10.0.0.5:7700')).toBe('connect ECONNREFUSED [address]')
    expect(redactError(null)).toBeNull()
  })
})
