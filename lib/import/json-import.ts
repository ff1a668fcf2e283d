import { z } from 'zod'
import { RECORDS_FORMAT } from '@/lib/schemas/exchange-formats'
import { recordTypeKeys, type RecordTypeKey } from '@/lib/schemas/records'
import { IMPORT_LIMITS, type ImportItem, type ParsedImport } from './import-item'

/**
 * LexBridge's own record JSON (what "Export records as JSON" writes): records grouped by type,
 * each in its input shape (natural keys), optionally with the id of the record to update.
 * Types are imported in dependency order (jurisdictions before instruments before provisions …).
 */

const recordsFileSchema = z.object({
  format: z.literal(RECORDS_FORMAT),
  formatVersion: z.literal(1),
  records: z.partialRecord(
    z.enum(recordTypeKeys as [RecordTypeKey, ...RecordTypeKey[]]),
    z.array(z.record(z.string(), z.unknown())),
  ),
})

export function parseRecordsJson(data: unknown): ParsedImport {
  const parsed = recordsFileSchema.safeParse(data)
  if (!parsed.success) {
    return {
      items: [],
      problems: parsed.error.issues.map((issue) => ({
        location: issue.path.join('.') || 'file',
        message: issue.message,
      })),
    }
  }
  const items: ImportItem[] = []
  for (const type of recordTypeKeys) {
    for (const [index, record] of (parsed.data.records[type] ?? []).entries()) {
      const { id, ...payload } = record
      items.push({ type, location: `${type}[${index}]`, payload, id: typeof id === 'string' ? id : undefined })
    }
  }
  if (items.length > IMPORT_LIMITS.maxRecords)
    return {
      items: [],
      problems: [
        {
          location: 'file',
          message: `The file has ${items.length} records; at most ${IMPORT_LIMITS.maxRecords} can be imported at once.`,
        },
      ],
    }
  return { items, problems: [] }
}
