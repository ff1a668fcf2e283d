/**
 * Writes RFC 4180 CSV (CRLF line ends, quotes where needed). A cell that a spreadsheet would run
 * as a formula (starting with = + - @ or a tab/CR) gets a leading apostrophe: exports are opened
 * in Excel by researchers, and law text must never execute there (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | null | undefined

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
