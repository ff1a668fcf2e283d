/**
 * Opaque cursors for /api/v1 lists: the sort key of the last item of a page, as base64url JSON.
 * Keyset paging (WHERE key > last) stays correct while rows are added, unlike an offset.
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/** The key in a cursor, or null when it is not one of ours (the caller answers 400). */
export function decodeCursor(cursor: string, length: number): (string | number)[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(key) || key.length !== length) return null
    return key.every((part) => typeof part === 'string' || typeof part === 'number')
      ? (key as (string | number)[])
      : null
  } catch {
    return null
  }
}

/** Splits limit+1 fetched rows into a page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit)
  const nextCursor = rows.length > limit && items.length ? encodeCursor(keyOf(items[items.length - 1])) : null
  return { items, page: { nextCursor, limit } }
}
