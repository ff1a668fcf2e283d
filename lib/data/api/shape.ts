import { AppError } from '@/lib/errors/app-error'
import { decodeCursor } from '@/lib/domain/api-cursor'

/** Small conversions shared by the API data functions: enum values and dates as the API writes them. */

/** IN_FORCE → in-force: the URL form used by every parameter and response. */
export const param = <T extends string>(value: T) =>
  value.toLowerCase().replaceAll('_', '-') as Lowercase<T> extends infer L
    ? L extends string
      ? ReplaceAll<L>
      : never
    : never
type ReplaceAll<S extends string> = S extends `${infer A}_${infer B}` ? `${A}-${ReplaceAll<B>}` : S

/** in-force → IN_FORCE */
export const enumOf = <T extends string>(value: string) => value.toUpperCase().replaceAll('-', '_') as T

export const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null)

/** The key inside a list cursor, or a 400 naming the cursor. */
export function cursorKey(cursor: string | undefined, length: number) {
  if (cursor === undefined) return null
  const key = decodeCursor(cursor, length)
  if (!key) throw new AppError('BAD_REQUEST', 'The cursor is not one this API gave out; use page.nextCursor as given.')
  return key
}

export type ListOptions = { limit: number; cursor?: string }

/** A provision reference as the API gives it (work URI, expression URI, eId). */
export type ProvisionRefRow = {
  eId: string
  instrumentVersion: { expressionUri: string; instrument: { uri: string } }
} | null
export const provisionRefSelect = {
  select: { eId: true, instrumentVersion: { select: { expressionUri: true, instrument: { select: { uri: true } } } } },
} as const
export const provisionRef = (row: ProvisionRefRow) =>
  row
    ? {
        instrumentUri: row.instrumentVersion.instrument.uri,
        expressionUri: row.instrumentVersion.expressionUri,
        eId: row.eId,
      }
    : null
