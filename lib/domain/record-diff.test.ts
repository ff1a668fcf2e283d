import { describe, expect, it } from 'vitest'
import { diffRecords, diffText, humanizeField } from './record-diff'

describe('diffRecords', () => {
  it('lists changed fields and ignores bookkeeping columns', () => {
    const before = { id: 'a', name: 'Old', version: 1, updatedAt: '2024-01-01', age: 16, notes: null }
    const after = { id: 'a', name: 'New', version: 2, updatedAt: '2024-02-01', age: 16, notes: 'Added' }
    expect(diffRecords(before, after)).toEqual([
      { field: 'name', before: 'Old', after: 'New' },
      { field: 'notes', before: null, after: 'Added' },
    ])
  })

  it('treats a creation as every field added and shows stored dates as days', () => {
    expect(diffRecords(null, { inForceOn: '2020-01-01T00:00:00.000Z', articles: ['20(3)', '24'] })).toEqual([
      { field: 'inForceOn', before: null, after: '2020-01-01' },
      { field: 'articles', before: null, after: '20(3); 24' },
    ])
  })

  it('sees no change between empty string, null and a missing field', () => {
    expect(diffRecords({ a: '' }, { a: null })).toEqual([])
  })
})

describe('diffText', () => {
  it('marks added and removed words', () => {
    const parts = diffText('under the age of 16 years', 'under the age of 18 years')
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.value.trim())).toEqual(['16'])
    expect(parts.filter((p) => p.change === 'added').map((p) => p.value.trim())).toEqual(['18'])
  })
})

it('humanizes field names', () => {
  expect(humanizeField('sourceUrl')).toBe('Source url')
  expect(humanizeField('jurisdictionId')).toBe('Jurisdiction')
})
