import { parseCsv } from '@/lib/dataset/csv'
import { unguardCsvCell } from '@/lib/domain/csv-write'
import { recordTypes, type RecordTypeKey } from '@/lib/schemas/records'
import { IMPORT_LIMITS, type ParsedImport } from './import-item'

/**
 * CSV → import items through a column mapping { csv column → record field }. Columns mapped to
 * nothing are ignored; an "id" field updates that record. Row numbers count the header as row 1,
 * as spreadsheets do.
 */
export type ColumnMapping = Record<string, string>

export function readCsvHeader(text: string): string[] {
  const [header] = parseCsv(text.slice(0, 64 * 1024).split(/\r?\n/)[0] ?? '')
  return (header ?? []).map((name) => name.trim()).filter(Boolean)
}

export function mappableFields(type: RecordTypeKey): string[] {
  return ['id', ...recordTypes[type].fields.map((field) => field.name)]
}

/** The obvious mapping: a column named like a field (ignoring case, spaces, dashes) maps to it. */
export function suggestMapping(type: RecordTypeKey, columns: string[]): ColumnMapping {
  const norm = (value: string) => value.toLowerCase().replace(/[\s_-]/g, '')
  const fields = new Map(mappableFields(type).map((field) => [norm(field), field]))
  const labels = new Map(recordTypes[type].fields.map((field) => [norm(field.label), field.name]))
  return Object.fromEntries(
    columns.flatMap((column) => {
      const field = fields.get(norm(column)) ?? labels.get(norm(column))
      return field ? [[column, field]] : []
    }),
  )
}

export function parseCsvImport(text: string, type: RecordTypeKey, mapping: ColumnMapping): ParsedImport {
  let table: string[][]
  try {
    table = parseCsv(text)
  } catch (error) {
    return { items: [], problems: [{ location: 'file', message: (error as Error).message }] }
  }
  const [header, ...rows] = table
  if (!header) return { items: [], problems: [{ location: 'file', message: 'The file is empty.' }] }
  const columns = header.map((name) => name.trim())
  const allowed = new Set(mappableFields(type))
  const problems = Object.entries(mapping)
    .filter(([column, field]) => field && (!columns.includes(column) || !allowed.has(field)))
    .map(([column, field]) => ({
      location: 'mapping',
      message: `Column "${column}" → "${field}" does not match the file or the record type.`,
    }))
  if (problems.length) return { items: [], problems }
  if (rows.length > IMPORT_LIMITS.maxRecords)
    return {
      items: [],
      problems: [
        {
          location: 'file',
          message: `The file has ${rows.length} rows; at most ${IMPORT_LIMITS.maxRecords} can be imported at once.`,
        },
      ],
    }

  const items = rows.flatMap((row, index) => {
    if (row.every((value) => value.trim() === '')) return []
    const payload: Record<string, unknown> = {}
    columns.forEach((column, i) => {
      const field = mapping[column]
      if (field) payload[field] = unguardCsvCell(row[i] ?? '')
    })
    const id = typeof payload.id === 'string' && payload.id.trim() ? payload.id.trim() : undefined
    delete payload.id
    return [{ type, location: `row ${index + 2}`, payload, id }]
  })
  return { items, problems: [] }
}
