import type { Db } from '@/lib/db/prisma'
import { Prisma } from '@/lib/generated/prisma/client'
import { pageOf } from '@/lib/domain/api-cursor'
import { recordTypeByEntity, recordTypeKeys, recordTypes } from '@/lib/schemas/records'
import { cursorKey, type ListOptions } from './shape'

/**
 * Published changes from the revision history (GET /api/v1/changes and the Atom feeds): what
 * changed, when, and which fields — never who, and never the values of curator-only fields. A
 * revision counts when the record was published after it (for a deletion: before it); a row
 * without a recorded state is published, the column's default.
 */
const publicEntities = recordTypeKeys.map((key) => recordTypes[key].entityType)
// Bookkeeping and curator-only fields are not named in a summary.
const unlisted = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'publicationState',
  'notes',
  'note',
  'curatorNote',
  'assessedById',
  'searchVector',
  'topicSlugs',
])

/** Limits the changes to records of one jurisdiction, instrument or standard (for its feed). */
export type ChangeScope = { entityIds: string[]; refs: { field: string; ids: string[] }[] }

type Row = {
  id: string
  entityType: string
  entityId: string
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE'
  createdAt: Date
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

export async function findApiChanges(db: Db, options: ListOptions & { since: Date; scope?: ChangeScope }) {
  const { items, page } = await findChangeEntries(db, options)
  return { data: items.map(({ revisionId: _r, ...change }) => change), page }
}

/** The same changes with their revision ids (stable ids for feed entries); newest first for feeds. */
export async function findChangeEntries(
  db: Db,
  options: ListOptions & { since: Date; scope?: ChangeScope; newestFirst?: boolean },
) {
  const after = options.newestFirst ? null : cursorKey(options.cursor, 2)
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id", "entityType", "entityId", "action"::text AS "action", "createdAt", "before", "after"
    FROM "Revision"
    WHERE ${publishedChangeFilter(options)}
      ${after ? Prisma.sql`AND ("createdAt", "id") > (${new Date(String(after[0]))}, ${String(after[1])})` : Prisma.empty}
    ORDER BY ${options.newestFirst ? Prisma.sql`"createdAt" DESC, "id" DESC` : Prisma.sql`"createdAt", "id"`}
    LIMIT ${options.limit + 1}`
  const { items, page } = pageOf(rows, options.limit, (row) => [row.createdAt.toISOString(), row.id])
  return {
    items: items.map((row) => ({ revisionId: row.id, ...toChange(row) })),
    page: options.newestFirst ? { nextCursor: null, limit: options.limit } : page,
  }
}

/** How many published changes there are since an instant, in a scope (saved views' "changed since"). */
export async function countChanges(db: Db, options: { since: Date; scope?: ChangeScope }) {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "Revision" WHERE ${publishedChangeFilter(options)}`
  return row?.count ?? 0
}

/** The one definition of "a published change since …, in this scope", for lists, feeds and counts. */
function publishedChangeFilter(options: { since: Date; scope?: ChangeScope }) {
  const scope = options.scope
    ? Prisma.sql`AND ("entityId" = ANY(${options.scope.entityIds}) ${Prisma.join(
        options.scope.refs.map((ref) => Prisma.sql`OR coalesce("after", "before")->>${ref.field} = ANY(${ref.ids})`),
        ' ',
        ' ',
      )})`
    : Prisma.empty
  return Prisma.sql`"createdAt" >= ${options.since}
      AND "entityType" = ANY(${publicEntities})
      AND coalesce(CASE WHEN "action" = 'DELETE' THEN "before" ELSE "after" END->>'publicationState', 'PUBLISHED') = 'PUBLISHED'
      ${scope}`
}

function toChange(row: Row) {
  const record = row.after ?? row.before ?? {}
  const label = recordTypeByEntity(row.entityType)?.label ?? row.entityType
  const uri = str(record.uri) ?? str(record.expressionUri) ?? str(record.code) ?? str(record.slug)
  const name = str(record.title) ?? str(record.name) ?? str(record.citation) ?? str(record.term) ?? uri ?? row.entityId
  const kind = row.action === 'DELETE' ? 'deleted' : row.action === 'CREATE' ? 'created' : 'updated'
  let summary = `${label} ${kind}: ${name}`
  if (row.action === 'UPDATE' && row.before && row.after) {
    const fields = Object.keys(row.after).filter(
      (key) => !unlisted.has(key) && JSON.stringify(row.after![key]) !== JSON.stringify(row.before![key]),
    )
    if (fields.length) summary += ` (changed: ${fields.join(', ')})`
  }
  if (row.action === 'RESTORE') summary += ' (restored)'
  return {
    recordType: row.entityType,
    id: row.entityId,
    uri,
    kind,
    date: row.createdAt.toISOString(),
    summary,
  } as const
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : null)
