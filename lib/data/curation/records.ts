import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { AppError } from '@/lib/errors/app-error'
import { recordTypes, recordTypeKeys, type RecordTypeKey } from '@/lib/schemas/records'
import type { RefList } from '@/lib/schemas/records/form-fields'
import { optionalProvisionRef } from '@/lib/schemas/records/shared'
import { configOf } from './configs'
import { delegateOf } from './curated-model'
import { RefResolver } from './refs'

export const LIST_PAGE_SIZE = 50

/** One page of a record type for the admin list (drafts and deleted rows included on request). */
export async function findRecords(
  db: Db,
  {
    user,
    type,
    ...params
  }: { user: CurrentUser | null; type: RecordTypeKey; q?: string; page: number; deleted?: boolean },
) {
  assertCan(user, 'curation:read')
  const config = configOf(type)
  const where = { deletedAt: params.deleted ? { not: null } : null, ...(params.q ? config.search(params.q) : {}) }
  const delegate = delegateOf(db, config.model)
  const [total, rows] = await Promise.all([
    delegate.count({ where }),
    delegate.findMany({
      where,
      orderBy: config.orderBy,
      skip: (params.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: { ...config.select, version: true, updatedAt: true },
    }),
  ])
  const pending = await db.changeRequest.findMany({
    where: { status: 'PENDING', entityType: recordTypes[type].entityType, entityId: { in: rows.map((r) => r.id) } },
    select: { entityId: true },
  })
  const pendingBy = new Map<string | null, number>()
  for (const p of pending) pendingBy.set(p.entityId, (pendingBy.get(p.entityId) ?? 0) + 1)
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      title: config.title(row),
      subtitle: config.subtitle(row),
      version: row.version as number,
      updatedAt: row.updatedAt as Date,
      pending: pendingBy.get(row.id) ?? 0,
    })),
  }
}

/** A record as its form shows it, with its version (for the optimistic lock) and pending proposals. */
export async function getRecordForEdit(
  db: Db,
  { user, type, id }: { user: CurrentUser | null; type: RecordTypeKey; id: string },
) {
  assertCan(user, 'curation:read')
  const config = configOf(type)
  const row = await delegateOf(db, config.model).findFirst({
    where: { id },
    select: { ...config.select, version: true, deletedAt: true, updatedAt: true },
  })
  if (!row) throw new AppError('NOT_FOUND', `This ${recordTypes[type].label.toLowerCase()} does not exist.`)
  const pending = await db.changeRequest.findMany({
    where: { status: 'PENDING', entityType: recordTypes[type].entityType, entityId: id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, action: true, createdAt: true, author: { select: { name: true } } },
  })
  return {
    id,
    title: config.title(row),
    input: config.toInput(row),
    version: row.version as number,
    deletedAt: row.deletedAt as Date | null,
    pending,
  }
}

/** A record's form input by id, or null (used to diff a proposal against the current state). */
export async function findRecordInput(db: Db, type: RecordTypeKey, id: string | null) {
  if (!id) return null
  const config = configOf(type)
  const row = await delegateOf(db, config.model).findFirst({
    where: { id },
    select: { ...config.select, version: true, deletedAt: true },
  })
  return row
    ? {
        input: config.toInput(row) as Record<string, unknown>,
        version: row.version as number,
        deleted: Boolean(row.deletedAt),
        title: config.title(row),
      }
    : null
}

export async function countRecords(db: Db, { user }: { user: CurrentUser | null }) {
  assertCan(user, 'curation:read')
  const counts = await Promise.all(
    recordTypeKeys.map((key) => delegateOf(db, configOf(key).model).count({ where: { deletedAt: null } })),
  )
  return Object.fromEntries(recordTypeKeys.map((key, i) => [key, counts[i]])) as Record<RecordTypeKey, number>
}

/** Suggestions for reference fields (a <datalist>): small lists only; provisions are typed. */
export async function findRefOptions(db: Db, lists: RefList[]): Promise<Partial<Record<RefList, string[]>>> {
  const wanted = new Set(lists)
  const out: Partial<Record<RefList, string[]>> = {}
  const live = { deletedAt: null }
  if (wanted.has('jurisdiction'))
    out.jurisdiction = (
      await db.jurisdiction.findMany({ where: live, select: { code: true }, orderBy: { code: 'asc' } })
    ).map((r) => r.code)
  if (wanted.has('instrument'))
    out.instrument = (
      await db.instrument.findMany({ where: live, select: { uri: true }, orderBy: { uri: 'asc' } })
    ).map((r) => r.uri)
  if (wanted.has('treaty'))
    out.treaty = (
      await db.instrument.findMany({
        where: { ...live, kind: { in: ['TREATY', 'PROTOCOL'] } },
        select: { uri: true },
        orderBy: { uri: 'asc' },
      })
    ).map((r) => r.uri)
  if (wanted.has('concept'))
    out.concept = (await db.concept.findMany({ select: { slug: true }, orderBy: { sortOrder: 'asc' } })).map(
      (r) => r.slug,
    )
  if (wanted.has('ageKind'))
    out.ageKind = (await db.ageBenchmarkKind.findMany({ select: { code: true }, orderBy: { sortOrder: 'asc' } })).map(
      (r) => r.code,
    )
  if (wanted.has('standard'))
    out.standard = (
      await db.baselineStandard.findMany({ where: live, select: { slug: true }, orderBy: { slug: 'asc' } })
    ).map((r) => r.slug)
  if (wanted.has('topic'))
    out.topic = (await db.topic.findMany({ where: live, select: { slug: true }, orderBy: { slug: 'asc' } })).map(
      (r) => r.slug,
    )
  if (wanted.has('criterion'))
    out.criterion = (
      await db.criterion.findMany({
        where: live,
        select: { code: true, standard: { select: { slug: true } } },
        take: 500,
      })
    ).map((r) => `${r.standard.slug}/${r.code}`)
  return out
}

/**
 * A provision typed into a form row ("<uri>#<eId>"), looked up as soon as it is typed: its
 * citation, or the one-line reason it was not found (the save checks again).
 */
export async function findProvisionByRef(db: Db, { user, ref }: { user: CurrentUser | null; ref: string }) {
  assertCan(user, 'curation:read')
  const parsed = optionalProvisionRef.safeParse(ref)
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0].message }
  if (!parsed.data) return { ok: false as const, message: 'Required' }
  const refs = new RefResolver(db)
  const id = await refs.provision('provision', parsed.data)
  if (!id) return { ok: false as const, message: refs.errors.provision?.[0] ?? `No provision "${parsed.data}"` }
  const row = await db.provision.findUnique({ where: { id }, select: { citation: true, heading: true } })
  return { ok: true as const, citation: row ? `${row.citation}${row.heading ? ` — ${row.heading}` : ''}` : '' }
}

/** The element codes of an assessment's criterion ("<standard>/<code>"), for the element results' select. */
export async function findCriterionElements(db: Db, criterion: unknown) {
  if (typeof criterion !== 'string' || !criterion.includes('/')) return []
  const slash = criterion.indexOf('/')
  const rows = await db.criterionElement.findMany({
    where: {
      criterion: { code: criterion.slice(slash + 1), deletedAt: null, standard: { slug: criterion.slice(0, slash) } },
    },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { code: true, text: true },
  })
  return rows.map((row) => ({
    value: row.code,
    label: `${row.code} — ${row.text.length > 80 ? `${row.text.slice(0, 77)}…` : row.text}`,
  }))
}
