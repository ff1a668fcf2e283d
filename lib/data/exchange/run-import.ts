import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { applyChange, type AppliedChange } from '@/lib/data/curation/apply-change'
import { configOf } from '@/lib/data/curation/configs'
import { RefResolver } from '@/lib/data/curation/refs'
import { delegateOf, type Tx } from '@/lib/data/curation/curated-model'
import { diffRecords, type FieldChange } from '@/lib/domain/record-diff'
import { isAppError } from '@/lib/errors/app-error'
import { fieldErrorsOf, recordTypes } from '@/lib/schemas/records'
import type { ImportItem, ImportProblem } from '@/lib/import/import-item'
import { holdsOneSession } from '@/lib/db/holds-one-session'
import { yieldToOthers } from '@/lib/db/read-consistently'

/**
 * Runs an import through the same write path as the forms. A dry run does every write and then
 * rolls back, so the preview (created / changed / unchanged, and every error with its row or
 * element) is what a commit would do. A commit with any error is refused whole: nothing is
 * written. On a Postgres server it is ONE transaction (readers never wait for it); on the
 * embedded database, whose one session an open transaction holds, it runs in chunks
 * (chunkedImport, decision 1010).
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

/** What a committed chunk wrote, so a later chunk's failure can undo it (see chunkedImport). */
type Applied = { type: ImportItem['type']; action: 'CREATE' | 'UPDATE'; applied: AppliedChange }

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
  journal?: Applied[],
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
      const applied = await applyChange(tx, { type: item.type, action: 'CREATE', payload: parsed.data }, actor, {
        refs,
      })
      refs.forget()
      journal?.push({ type: item.type, action: 'CREATE', applied })
      return { ...base, result: 'create' }
    }
    if (item.createOnly) return { ...base, result: 'unchanged' }
    const changes = diffRecords(
      config.toInput(current) as Record<string, unknown>,
      parsed.data as Record<string, unknown>,
    )
    if (!changes.length) return { ...base, result: 'unchanged' }
    const applied = await applyChange(
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
    journal?.push({ type: item.type, action: 'UPDATE', applied })
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
  { user, source, ...input }: ImportInput & { user: CurrentUser | null; source: string; chunkSize?: number },
): Promise<ImportReport> {
  assertCan(user, input.commit ? 'import:run' : 'curation:read')
  return runImportAs(db, { ...input, actor: { userId: user.id, actor: `import:${source}` } })
}

/** The same, for the CLI (no signed-in user; the actor names the file). */
export async function runImportAs(
  db: Db,
  { actor, chunkSize, ...input }: ImportInput & { actor: { userId: string | null; actor: string }; chunkSize?: number },
): Promise<ImportReport> {
  if (input.problems.length && !input.items.length) return newReport(input.problems)
  const size = chunkSize ?? ((await holdsOneSession(db)) ? IMPORT_CHUNK_SIZE : 0)
  if (size > 0 && input.items.length > size) return chunkedImport(db, { ...input, actor, size })
  const report = newReport(input.problems)
  try {
    await db.$transaction(
      async (tx) => {
        const refs = new RefResolver(tx)
        for (const [index, item] of input.items.entries()) {
          record(report, await importOne(tx, item, refs, actor))
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

/**
 * Rows per transaction on the embedded database. PGlite has one session, so an open transaction
 * makes every other request wait; at about 5-15 ms a row, a chunk holds it well under a second.
 */
const IMPORT_CHUNK_SIZE = 50

function newReport(problems: ImportProblem[]): ImportReport {
  return {
    committed: false,
    counts: { create: 0, update: 0, unchanged: 0, error: problems.length },
    outcomes: [],
    problems: [...problems],
  }
}

function record(report: ImportReport, outcome: ImportOutcome) {
  report.outcomes.push(outcome)
  report.counts[outcome.result] += 1
  if (outcome.errors) report.problems.push(...outcome.errors)
}

/**
 * Decision 1010. The preview runs chunk by chunk, each chunk in its own transaction that is
 * rolled back. Rows created by an earlier chunk are gone by then, so their keys are remembered
 * and foreign keys are not checked inside preview chunks (session_replication_role = replica,
 * local to the rolled-back transaction): a later row that refers to them resolves as it would
 * in one transaction. A commit first runs that preview; with any problem nothing is written.
 * Then it writes chunk by chunk (each chunk committed) and, if a chunk still fails (a concurrent
 * edit, a database error), undoes the chunks already written, newest first, and reports the
 * import as not committed.
 */
async function chunkedImport(
  db: Db,
  input: ImportInput & { actor: { userId: string | null; actor: string }; size: number },
): Promise<ImportReport> {
  const total = input.items.length
  const phases = input.commit ? 2 : 1
  const chunks = Array.from({ length: Math.ceil(total / input.size) }, (_, i) =>
    input.items.slice(i * input.size, (i + 1) * input.size),
  )
  const preview = newReport(input.problems)
  const refs = new RefResolver(db)
  let done = 0
  for (const chunk of chunks) {
    await rolledBack(db, async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`
      refs.use(tx)
      const journal: Applied[] = []
      for (const item of chunk) {
        record(preview, await importOne(tx, item, refs, input.actor, journal))
        input.onProgress?.(++done, total * phases)
      }
      for (const entry of journal) if (entry.action === 'CREATE') rememberKeys(refs, entry)
    })
    await yieldToOthers()
  }
  if (!input.commit || preview.problems.length) return preview

  const report = newReport(input.problems)
  const written: Applied[] = []
  const commitRefs = new RefResolver(db)
  try {
    for (const chunk of chunks) {
      const journal: Applied[] = []
      await db.$transaction(
        async (tx) => {
          commitRefs.use(tx)
          const before = report.problems.length
          for (const item of chunk) {
            record(report, await importOne(tx, item, commitRefs, input.actor, journal))
            input.onProgress?.(++done, total * phases)
          }
          if (report.problems.length > before) throw new DryRunRollback()
        },
        { maxWait: 30_000, timeout: 60_000 },
      )
      written.push(...journal)
      await yieldToOthers()
    }
    report.committed = true
    return report
  } catch (error) {
    await undoImport(db, written, input.actor)
    if (!(error instanceof DryRunRollback)) throw error
    return report
  }
}

async function rolledBack(db: Db, work: (tx: Prisma.TransactionClient) => Promise<void>) {
  try {
    await db.$transaction(
      async (tx) => {
        await work(tx)
        throw new DryRunRollback()
      },
      { maxWait: 30_000, timeout: 60_000 },
    )
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
}

/** The lookup keys of a row created in a preview chunk (lib/data/curation/refs.ts). */
const versionUris = new WeakMap<RefResolver, Map<string, string>>()
function rememberKeys(refs: RefResolver, { type, applied }: Applied) {
  const row = applied.after
  const uris = versionUris.get(refs) ?? new Map<string, string>()
  versionUris.set(refs, uris)
  if (type === 'jurisdictions') refs.remember(`j:${row.code}`, row.id)
  if (type === 'instruments') refs.remember(`i:${row.uri}`, row.id)
  if (type === 'standards') refs.remember(`s:${row.slug}`, row.id)
  if (type === 'versions') {
    refs.remember(`v:${row.expressionUri}`, row.id)
    uris.set(row.id, String(row.expressionUri))
  }
  if (type === 'provisions') {
    refs.remember(`pv:${row.versionId}#${row.eId}`, row.id)
    const uri = uris.get(String(row.versionId))
    if (uri) refs.remember(`p:${uri}#${row.eId}`, row.id)
  }
}

/**
 * Puts back what the committed chunks of a failed import wrote, newest first, in chunks: an
 * updated record gets its earlier values again (a RESTORE revision), a created one is removed
 * with a DELETE revision, so the history says what readers may have seen meanwhile.
 */
async function undoImport(db: Db, written: Applied[], actor: { userId: string | null; actor: string }) {
  const entries = [...written].reverse()
  for (let i = 0; i < entries.length; i += IMPORT_CHUNK_SIZE) {
    await db.$transaction(
      async (tx) => {
        for (const { type, action, applied } of entries.slice(i, i + IMPORT_CHUNK_SIZE)) {
          if (action === 'UPDATE') {
            await applyChange(
              tx,
              {
                type,
                action: 'RESTORE',
                entityId: applied.entityId,
                payload: { revisionId: applied.revisionId, values: applied.before! },
                baseVersion: null,
              },
              actor,
            )
            continue
          }
          const revision = await tx.revision.findUniqueOrThrow({
            where: { id: applied.revisionId },
            select: { entityType: true, after: true },
          })
          await delegateOf(tx, configOf(type).model).deleteMany({ where: { id: applied.entityId } })
          await tx.revision.create({
            data: {
              entityType: revision.entityType,
              entityId: applied.entityId,
              action: 'DELETE',
              before: revision.after ?? undefined,
              userId: actor.userId,
              actor: actor.actor,
            },
          })
        }
      },
      { maxWait: 30_000, timeout: 60_000 },
    )
    await yieldToOthers()
  }
}
