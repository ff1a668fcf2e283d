import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { applyChange } from '@/lib/data/curation/apply-change'
import { configOf } from '@/lib/data/curation/configs'
import { RefResolver } from '@/lib/data/curation/refs'
import { delegateOf, type Tx } from '@/lib/data/curation/types'
import { diffRecords, type FieldChange } from '@/lib/domain/record-diff'
import { isAppError } from '@/lib/errors/app-error'
import { fieldErrorsOf, recordTypes } from '@/lib/schemas/records'
import type { ImportItem, ImportProblem } from '@/lib/import/import-item'

/**
 * Runs an import in ONE transaction through the same write path as the forms. A dry run does
 * every write and then rolls back, so the preview (created / changed / unchanged, and every
 * error with its row or element) is exactly what a commit would do. A commit with any error is
 * refused whole: nothing is written.
 */
type ImportOutcome = {
  location: string
  type: string
  label: string
  result: 'create' | 'update' | 'unchanged' | 'error'
  changes?: FieldChange[]
  errors?: ImportProblem[]
}
export type ImportReport = {
  committed: boolean
  counts: { create: number; update: number; unchanged: number; error: number }
  outcomes: ImportOutcome[]
  problems: ImportProblem[]
}

class DryRunRollback extends Error {}

function labelOf(item: ImportItem) {
  const meta = recordTypes[item.type]
  return `${meta.label}: ${
    meta.naturalKey
      .map((key) => String(item.payload[key] ?? ''))
      .filter(Boolean)
      .join(' · ') ||
    item.id ||
    '(no key)'
  }`
}

async function findExisting(tx: Tx, item: ImportItem, data: Record<string, unknown>) {
  const config = configOf(item.type)
  const delegate = delegateOf(tx, config.model)
  const select = { ...config.select, version: true }
  if (item.id)
    return { rows: await delegate.findMany({ where: { id: item.id, deletedAt: null }, select, take: 1 }), byId: true }
  const where: Record<string, unknown> = { deletedAt: null }
  for (const column of config.keyColumns)
    where[column] = Array.isArray(data[column]) ? { equals: data[column] } : data[column]
  return { rows: await delegate.findMany({ where, select, take: 2 }), byId: false }
}

async function importOne(
  tx: Tx,
  item: ImportItem,
  refs: RefResolver,
  actor: { userId: string | null; actor: string },
): Promise<ImportOutcome> {
  const base = { location: item.location, type: item.type, label: labelOf(item) }
  const fail = (errors: ImportProblem[]): ImportOutcome => ({ ...base, result: 'error', errors })
  const parsed = recordTypes[item.type].schema.safeParse(item.payload)
  if (!parsed.success)
    return fail(
      Object.entries(fieldErrorsOf(parsed.error)).flatMap(([field, messages]) =>
        messages.map((message) => ({ location: item.location, field, message })),
      ),
    )
  const config = configOf(item.type)
  const data = await config.toData(parsed.data as never, refs)
  if (Object.keys(refs.errors).length) {
    const errors = Object.entries(refs.errors).flatMap(([field, messages]) =>
      messages.map((message) => ({ location: item.location, field, message })),
    )
    for (const key of Object.keys(refs.errors)) delete refs.errors[key]
    return fail(errors)
  }
  const existing = await findExisting(tx, item, data)
  if (existing.byId && !existing.rows.length)
    return fail([
      {
        location: item.location,
        field: 'id',
        message: `No ${recordTypes[item.type].label.toLowerCase()} with id "${item.id}".`,
      },
    ])
  if (existing.rows.length > 1)
    return fail([
      {
        location: item.location,
        message: 'Matches more than one existing record; add an id column to say which one to update.',
      },
    ])
  try {
    const current = existing.rows[0]
    if (!current) {
      await applyChange(tx, { type: item.type, action: 'CREATE', payload: parsed.data }, actor, { refs })
      refs.forget()
      return { ...base, result: 'create' }
    }
    if (item.createOnly) return { ...base, result: 'unchanged' }
    const changes = diffRecords(
      config.toInput(current) as Record<string, unknown>,
      parsed.data as Record<string, unknown>,
    )
    if (!changes.length) return { ...base, result: 'unchanged' }
    await applyChange(
      tx,
      {
        type: item.type,
        action: 'UPDATE',
        entityId: current.id,
        payload: parsed.data,
        baseVersion: current.version as number,
      },
      actor,
      { refs },
    )
    return { ...base, result: 'update', changes }
  } catch (error) {
    if (!isAppError(error)) throw error
    const fields = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) =>
      messages.map((message) => ({ location: item.location, field, message })),
    )
    return fail(fields.length ? fields : [{ location: item.location, message: error.message }])
  }
}

type ImportInput = {
  items: ImportItem[]
  problems: ImportProblem[]
  commit: boolean
  onProgress?: (done: number, total: number) => void
}

export async function runImport(
  db: Db,
  { user, source, ...input }: ImportInput & { user: CurrentUser | null; source: string },
): Promise<ImportReport> {
  assertCan(user, input.commit ? 'import:run' : 'curation:read')
  return runImportAs(db, { ...input, actor: { userId: user.id, actor: `import:${source}` } })
}

/** The same, for the CLI (no signed-in user; the actor names the file). */
export async function runImportAs(
  db: Db,
  { actor, ...input }: ImportInput & { actor: { userId: string | null; actor: string } },
): Promise<ImportReport> {
  const report: ImportReport = {
    committed: false,
    counts: { create: 0, update: 0, unchanged: 0, error: input.problems.length },
    outcomes: [],
    problems: [...input.problems],
  }
  if (input.problems.length && !input.items.length) return report
  try {
    await db.$transaction(
      async (tx) => {
        const refs = new RefResolver(tx)
        for (const [index, item] of input.items.entries()) {
          const outcome = await importOne(tx, item, refs, actor)
          report.outcomes.push(outcome)
          report.counts[outcome.result] += 1
          if (outcome.errors) report.problems.push(...outcome.errors)
          input.onProgress?.(index + 1, input.items.length)
        }
        if (!input.commit || report.problems.length) throw new DryRunRollback()
      },
      { maxWait: 30_000, timeout: 10 * 60_000 },
    )
    report.committed = true
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
  return report
}
