/**
 * The names of LexBridge's two exchange files, shared by the importer (which recognises them)
 * and the exporters (which write them), so neither imports the other.
 */
export const DUMP_FORMAT = 'lexbridge-dump'
export const RECORDS_FORMAT = 'lexbridge-records'

export type Dump = {
  format: typeof DUMP_FORMAT
  formatVersion: 1
  schemaVersion: string
  exportedAt: string
  tables: Record<string, Record<string, unknown>[]>
}

export function isDump(data: unknown): data is Dump {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === DUMP_FORMAT
}
