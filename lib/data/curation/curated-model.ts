import type { Prisma } from '@/lib/generated/prisma/client'
import type { Db } from '@/lib/db/prisma'

/** A Prisma client or a transaction: data functions accept either so callers can compose them. */
export type Tx = Prisma.TransactionClient | Db

export type Row = Record<string, unknown> & { id: string }

/** The delegate methods the generic engine uses; every curated model has them with this shape. */
export type CuratedDelegate = {
  findUnique(args: { where: { id: string }; select?: object }): Promise<Row | null>
  findFirst(args: object): Promise<Row | null>
  findMany(args: object): Promise<Row[]>
  count(args: object): Promise<number>
  create(args: { data: Record<string, unknown>; select?: object }): Promise<Row>
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>
  deleteMany(args: { where: object }): Promise<{ count: number }>
}

export type CuratedModel =
  | 'jurisdiction'
  | 'instrument'
  | 'instrumentVersion'
  | 'provision'
  | 'definition'
  | 'ageBenchmark'
  | 'treatyAction'
  | 'reservation'
  | 'baselineStandard'
  | 'criterion'
  | 'assessment'
  | 'topic'
  | 'crosswalk'

export function delegateOf(tx: Tx, model: CuratedModel): CuratedDelegate {
  // The delegates share this shape; Prisma's per-model generics would only repeat it.
  return (tx as unknown as Record<CuratedModel, CuratedDelegate>)[model]
}

/** Who made a change: a signed-in user, or a named non-user actor ("import:laws.csv"). */
export type Actor = { userId: string | null; actor?: string | null }

export const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : null)
export const toDate = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null)
