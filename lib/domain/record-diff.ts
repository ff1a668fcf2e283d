import { diffWords } from 'diff'

/**
 * Field-by-field difference between two versions of a record, for review, history and conflict
 * messages. Bookkeeping columns (timestamps, version counter) are left out: people care about
 * what the law says, not when a row was touched.
 */
export type FieldChange = { field: string; before: string | null; after: string | null }
export type TextPart = { value: string; change: 'added' | 'removed' | 'same' }

const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'version', 'publicationState'])

function formatValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map((item) => formatValue(item) ?? '').join('; ') : null
  if (typeof value === 'object') return JSON.stringify(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10)
  return String(value)
}

export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (bookkeeping.has(field)) continue
    const b = formatValue(before?.[field])
    const a = formatValue(after?.[field])
    if (b !== a) changes.push({ field, before: b, after: a })
  }
  return changes
}

/** Word-level diff of a long text (law text, rationale), as plain parts to render as text nodes. */
export function diffText(before: string | null, after: string | null): TextPart[] {
  return diffWords(before ?? '', after ?? '').map((part) => ({
    value: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }))
}

/** "sourceUrl" → "Source url"; the form's own label is used where one is known. */
export function humanizeField(field: string): string {
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
