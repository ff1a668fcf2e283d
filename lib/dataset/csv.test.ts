import { describe, expect, it } from 'vitest'
import { cell, parseCsv, parseCsvRecords } from './csv'

describe('parseCsv', () => {
  it('keeps "NA" and empty cells as strings', () => {
    expect(parseCsv('a,b,c\nNA,,x')).toEqual([
      ['a', 'b', 'c'],
      ['NA', '', 'x'],
    ])
  })

  it('handles quoted commas, doubled quotes and newlines inside quotes', () => {
    expect(parseCsv('"Micronesia, Federated States Of","say ""hi""","two\nlines"\n')).toEqual([
      ['Micronesia, Federated States Of', 'say "hi"', 'two\nlines'],
    ])
  })

  it('strips a BOM and accepts CRLF without a final newline', () => {
    expect(parseCsv('\uFEFFcode,name\r\nAF,Afghanistan\r\nAL,Albania')).toEqual([
      ['code', 'name'],
      ['AF', 'Afghanistan'],
      ['AL', 'Albania'],
    ])
  })

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"b')).toThrow(/quoted/)
  })
})

describe('parseCsvRecords', () => {
  it('keys rows by trimmed header names and drops blank lines', () => {
    const records = parseCsvRecords('iso2, state party\r\nNA,1\r\n\r\n')
    expect(records).toEqual([{ iso2: 'NA', 'state party': '1' }])
    expect(cell(records[0], 'iso2')).toBe('NA')
    expect(cell({ x: ' ' }, 'x')).toBeNull()
  })
})
