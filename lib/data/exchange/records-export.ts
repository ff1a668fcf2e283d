import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { configOf } from '@/lib/data/curation/configs'
import { delegateOf } from '@/lib/data/curation/curated-model'
import { isRecordList } from '@/lib/schemas/fields'
import { recordTypes, recordTypeKeys, type RecordTypeKey } from '@/lib/schemas/records'
import { toCsv } from '@/lib/domain/csv-write'
import { RECORDS_FORMAT } from '@/lib/schemas/exchange-formats'

/**
 * Exports in the records' input shape (natural keys, the same as the forms and the importer),
 * so an exported CSV or JSON file imports again unchanged. Deleted records are left out.
 */
async function inputsOf(db: Db, type: RecordTypeKey) {
  const config = configOf(type)
  const rows = await delegateOf(db, config.model).findMany({
    where: { deletedAt: null },
    orderBy: [...config.orderBy, { id: 'asc' }],
    select: config.select,
  })
  return rows.map((row): Record<string, unknown> => ({
    id: row.id,
    ...(config.toInput(row) as Record<string, unknown>),
  }))
}

// Lists of words as "a; b"; lists of records and objects as JSON, which the CSV import reads back.
const csvValue = (value: unknown) =>
  Array.isArray(value) && !isRecordList(value)
    ? value.join('; ')
    : value !== null && typeof value === 'object'
      ? JSON.stringify(value)
      : (value as string | number | null)

export async function exportRecordsCsv(db: Db, { user, type }: { user: CurrentUser | null; type: RecordTypeKey }) {
  assertCan(user, 'export:run')
  const columns = ['id', ...recordTypes[type].fields.map((field) => field.name)]
  const records = await inputsOf(db, type)
  return toCsv([columns, ...records.map((record) => columns.map((column) => csvValue(record[column])))])
}

export async function exportRecordsJson(db: Db, { user }: { user: CurrentUser | null }) {
  assertCan(user, 'export:run')
  const records: Record<string, unknown[]> = {}
  for (const type of recordTypeKeys) records[type] = await inputsOf(db, type)
  return { format: RECORDS_FORMAT, formatVersion: 1 as const, exportedAt: new Date().toISOString(), records }
}
