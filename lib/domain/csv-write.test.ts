import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/dataset/csv'
import { toCsv } from './csv-write'

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks so a CSV reader gets the values back', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', 3, null, true]]
    const csv = toCsv(rows)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv)[0]).toEqual(['a,b', 'say "hi"', 'line\nbreak', '3', '', 'true'])
  })

  it('defuses spreadsheet formulas in text but not in numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1', -1, '@SUM(A1)']])).toBe(`"'=HYPERLINK(""x"")",'-1,-1,'@SUM(A1)\r\n`)
  })
})
