import type { RecordInput, RecordTypeKey } from '@/lib/schemas/records'
import type { RefResolver } from '../refs'
import type { CuratedModel, Row, Tx } from '../curated-model'

/**
 * The database side of one record type, for the generic engine (list, form, write path, import,
 * export). `select` loads what `toInput` needs (related natural keys included), so turning a
 * row back into its input shape needs no further query.
 */
export type RecordConfig<K extends RecordTypeKey> = {
  key: K
  model: CuratedModel
  select: Record<string, unknown>
  toInput(row: Row): RecordInput<K>
  /** Input → Prisma data with ids; unresolved references are collected on `refs`. */
  toData(input: RecordInput<K>, refs: RefResolver): Promise<Record<string, unknown>>
  /** Columns of `toData`'s result that identify a record (for import matching). */
  keyColumns: string[]
  /** The key is a database unique constraint: a second record with it is refused. */
  uniqueKey: boolean
  /** What people see in lists and headings. */
  title(row: Row): string
  subtitle(row: Row): string
  /** Free-text filter for the admin list. */
  search(q: string): object
  orderBy: object[]
  /** Rows edited with the record and replaced as a whole (an assessment's evidence and element results). */
  children?: ChildrenConfig<K>
  /** Rules that need the record's own id (a topic may not sit under itself): run on update and restore. */
  check?(tx: Tx, entityId: string, data: Record<string, unknown>): Promise<void>
  /** Refuses a delete that would leave other records pointing at nothing (throws a one-line error). */
  beforeDelete?(tx: Tx, entityId: string): Promise<void>
}

/**
 * Child rows keyed by input field. `resolve` turns the input's lists into rows with ids (refs
 * collect errors like any field; undefined: the input did not give that list, leave it alone);
 * `load` reads them in the same shape, for revisions; `write` replaces them. The shape is what a
 * revision stores, so a restore writes back exactly what it recorded.
 */
export type ChildRows = Record<string, Record<string, unknown>[] | undefined>
type ChildrenConfig<K extends RecordTypeKey> = {
  keys: string[]
  resolve(input: RecordInput<K>, refs: RefResolver, data: Record<string, unknown>): Promise<ChildRows>
  load(tx: Tx, id: string): Promise<ChildRows>
  write(tx: Tx, id: string, rows: ChildRows): Promise<void>
}

export function defineConfig<K extends RecordTypeKey>(config: RecordConfig<K>) {
  return config
}

export const contains = (field: string, q: string) => ({ [field]: { contains: q, mode: 'insensitive' } })
export const rel = <T>(row: Row, key: string) => row[key] as T
