/**
 * A small RFC 4180 CSV reader for the reference files in prisma/data/reference.
 * Every value stays a string: a generic reader that maps "NA" or "" to null would lose Namibia
 * (ISO "NA"), so callers decide what an empty cell means. Handles a UTF-8 BOM, CRLF or LF line
 * ends, a missing final newline, quoted fields with commas, newlines and doubled quotes.
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < source.length) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') quoted = false
      else field += char
      i += 1
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (char === '\r' && source[i + 1] === '\n') i += 1
    } else field += char
    i += 1
  }
  if (quoted) throw new Error('CSV ends inside a quoted field')
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Rows as objects keyed by the (trimmed) header names; blank lines are dropped. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  const names = header.map((name) => name.trim())
  return rows
    .filter((row) => row.some((value) => value.trim() !== ''))
    .map((row) => Object.fromEntries(names.map((name, index) => [name, row[index] ?? ''])))
}

/** A trimmed cell, or null when it is blank (several reference files pad empty cells with a space). */
export function cell(record: Record<string, string>, column: string): string | null {
  const value = record[column]?.trim()
  return value ? value : null
}
