import { AppError, validationError } from '@/lib/errors/app-error'
import { fieldErrorsOf, recordTypes, type RecordTypeKey } from '@/lib/schemas/records'
import { configOf } from './configs'
import type { ChildRows } from './configs/record-config'
import { conflictError } from './conflict'
import { RefResolver } from './refs'
import { queueSearchSync } from './search-sync'
import { snapshot } from './revision-snapshot'
import { delegateOf, type Actor, type Row, type Tx } from './curated-model'

/**
 * THE write path for curated records: direct edits, approved change requests, restores and
 * imports all come through here. In the caller's transaction it validates, resolves references,
 * checks the optimistic lock (`UPDATE … WHERE id = ? AND version = ?`, version + 1), writes the
 * row, a Revision (who, when, before, after) and the search outbox entry.
 * Permission checks happen in the callers (saveRecord, approveChangeRequest, import), which
 * know who is acting; this function trusts its Actor.
 */
export type ChangeSpec =
  | { type: RecordTypeKey; action: 'CREATE'; payload: unknown }
  | { type: RecordTypeKey; action: 'UPDATE'; entityId: string; payload: unknown; baseVersion: number | null }
  | { type: RecordTypeKey; action: 'DELETE'; entityId: string; baseVersion: number | null }
  | { type: RecordTypeKey; action: 'RESTORE'; entityId: string; payload: RestorePayload; baseVersion: number | null }

/** A restore re-applies the column values a revision recorded. */
export type RestorePayload = { revisionId: string; values: Record<string, unknown> }

export type AppliedChange = { entityId: string; version: number; revisionId: string; before: Row | null; after: Row }

const untouchable = new Set(['id', 'createdAt', 'updatedAt', 'version', 'deletedAt', 'publicationState'])

/** Parses and resolves a record input into Prisma data; throws VALIDATION with every field error. */
export async function prepareData(tx: Tx, type: RecordTypeKey, payload: unknown, refs = new RefResolver(tx)) {
  const parsed = recordTypes[type].schema.safeParse(payload)
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error))
  const config = configOf(type)
  const data = await config.toData(parsed.data as never, refs)
  const children = config.children ? await config.children.resolve(parsed.data as never, refs, data) : undefined
  refs.assertResolved()
  return { input: parsed.data as Record<string, unknown>, data, children }
}

/** The row as a revision records it: its columns plus, for a record with children, their rows. */
async function recorded(tx: Tx, type: RecordTypeKey, row: Row): Promise<Row> {
  const children = configOf(type).children
  return children ? { ...row, ...(await children.load(tx, row.id)) } : row
}

async function assertKeyFree(tx: Tx, type: RecordTypeKey, data: Record<string, unknown>, exceptId?: string) {
  const config = configOf(type)
  if (!config.uniqueKey) return
  const where: Record<string, unknown> = {}
  for (const column of config.keyColumns) where[column] = data[column]
  if (exceptId) where.NOT = { id: exceptId }
  const clash = await delegateOf(tx, config.model).findFirst({ where, select: { id: true, deletedAt: true } })
  if (clash) {
    const meta = recordTypes[type]
    const field = meta.naturalKey[meta.naturalKey.length - 1]
    const message = clash.deletedAt
      ? `A deleted ${meta.label.toLowerCase()} already uses this ${field}; restore it from its history instead`
      : `A ${meta.label.toLowerCase()} with this ${field} already exists`
    throw validationError({ [field]: [message] })
  }
}

async function loadCurrent(tx: Tx, type: RecordTypeKey, entityId: string, options: { allowDeleted?: boolean } = {}) {
  const current = await delegateOf(tx, configOf(type).model).findUnique({ where: { id: entityId } })
  if (!current || (current.deletedAt && !options.allowDeleted))
    throw new AppError('NOT_FOUND', `This ${recordTypes[type].label.toLowerCase()} does not exist or was deleted.`)
  return current
}

export async function applyChange(
  tx: Tx,
  change: ChangeSpec,
  actor: Actor,
  options: { changeRequestId?: string; refs?: RefResolver } = {},
): Promise<AppliedChange> {
  const config = configOf(change.type)
  const delegate = delegateOf(tx, config.model)
  const entityType = recordTypes[change.type].entityType
  let before: Row | null = null
  let entityId: string

  let children: ChildRows | undefined
  if (change.action === 'CREATE') {
    const prepared = await prepareData(tx, change.type, change.payload, options.refs)
    await assertKeyFree(tx, change.type, prepared.data)
    entityId = (
      await delegate.create({ data: { ...prepared.data, publicationState: 'PUBLISHED' }, select: { id: true } })
    ).id
    children = prepared.children
  } else {
    before = await recorded(
      tx,
      change.type,
      await loadCurrent(tx, change.type, change.entityId, { allowDeleted: change.action === 'RESTORE' }),
    )
    entityId = change.entityId
    const currentVersion = before.version as number
    if (change.baseVersion !== null && change.baseVersion !== currentVersion) {
      throw await conflictError(tx, entityType, entityId, change.baseVersion, currentVersion)
    }
    let data: Record<string, unknown>
    if (change.action === 'UPDATE') {
      const prepared = await prepareData(tx, change.type, change.payload, options.refs)
      data = prepared.data
      children = prepared.children
      await assertKeyFree(tx, change.type, data, entityId)
    } else if (change.action === 'DELETE') {
      await config.beforeDelete?.(tx, entityId)
      data = { deletedAt: new Date() }
    } else {
      // Only columns the row still has: a revision written before a schema change may hold others.
      const childKeys = new Set(config.children?.keys ?? [])
      data = Object.fromEntries(
        Object.entries(change.payload.values).filter(
          ([key]) => key in before! && !untouchable.has(key) && !childKeys.has(key),
        ),
      )
      data.deletedAt = null
      // Child rows as the revision recorded them; a revision from before they were recorded has none to restore.
      if (config.children)
        children = Object.fromEntries(
          config.children.keys.map((key) => [key, change.payload.values[key] as Record<string, unknown>[] | undefined]),
        )
    }
    if (change.action !== 'DELETE') await config.check?.(tx, entityId, data)
    // The version guard in the WHERE clause makes a concurrent save lose cleanly, never overwrite.
    const { count } = await delegate.updateMany({
      where: { id: entityId, version: currentVersion },
      data: { ...data, version: { increment: 1 } },
    })
    if (count === 0) {
      const now = await delegate.findUnique({ where: { id: entityId } })
      throw await conflictError(
        tx,
        entityType,
        entityId,
        currentVersion,
        (now?.version as number | undefined) ?? currentVersion + 1,
      )
    }
  }

  if (children && config.children) await config.children.write(tx, entityId, children)
  const after = await recorded(tx, change.type, (await delegate.findUnique({ where: { id: entityId } }))!)
  const revision = await tx.revision.create({
    data: {
      entityType,
      entityId,
      action: change.action,
      before: snapshot(before),
      after: snapshot(after),
      userId: actor.userId,
      actor: actor.actor ?? null,
      changeRequestId: options.changeRequestId ?? null,
    },
    select: { id: true },
  })
  await queueSearchSync(tx, entityType, entityId, after.deletedAt ? 'DELETE' : 'UPSERT')
  return { entityId, version: after.version as number, revisionId: revision.id, before, after }
}
