import type { RecordTypeKey } from '@/lib/schemas/records'

/**
 * One record to import, from any format: its type, where it came from (for error messages:
 * "row 4", "part_1__sec_2 (section)") and the raw input the record's zod schema will parse.
 * `id` updates that exact record; otherwise the natural key decides between create and update.
 * `createOnly` leaves an existing record alone (Akoma Ntoso never overwrites a curated work).
 */
export type ImportItem = {
  type: RecordTypeKey
  location: string
  payload: Record<string, unknown>
  id?: string
  createOnly?: boolean
}

export type ImportProblem = { location: string; field?: string; message: string }

export type ParsedImport = { items: ImportItem[]; problems: ImportProblem[] }

/** Limits enforced before anything is parsed; the UI and the API say them plainly. */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRecords: 50_000 } as const

export function formatBytes(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
