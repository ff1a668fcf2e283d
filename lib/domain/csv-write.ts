/**
 * The one CSV writer, used by every export (compare, gaps, records): RFC 4180 (CRLF line ends,
 * quotes where needed). A text cell that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab/CR) gets a leading apostrophe: exports are opened in Excel by researchers,
 * and law text must never execute there (OWASP "CSV injection"). The CSV importer takes that
 * apostrophe off again (unguardCsvCell), so an exported file imports back unchanged.
 */
export type CsvValue = string | number | boolean | null | undefined

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const GUARDED = /^'[=+\-@\t\r]/

/** A cell as written before the guard: "'=x" → "=x"; anything else unchanged. */
export function unguardCsvCell(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text
}

export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
