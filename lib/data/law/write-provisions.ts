import { randomBytes } from 'node:crypto'
import type { Tx } from '@/lib/data/curation/curated-model'
import type { LawRow } from '@/lib/import/law/flatten-law-document'
import { deferVocabulary } from '@/lib/search/vocabulary-catch-up'

/**
 * The bulk path: provisions go in as batches of one multi-row `INSERT … SELECT FROM unnest(…)`
 * (one round trip and one parse per batch, not per row) inside the caller's transaction. Rows
 * whose eId already exists in the version are updated in the same statement (ON CONFLICT) only
 * when something differs, so their ids — and every definition, evidence or draft clause that
 * points at them — survive a re-import; rows no longer in the file are soft-deleted.
 * The rows' words for spelling corrections are collected after the commit (catchUpVocabulary,
 * decision 0609); their search vectors are written with them.
 */
const BATCH = 5_000

const upsertSql = `
INSERT INTO "Provision" ("id", "versionId", "eId", "parentId", "num", "heading", "text", "textKind", "sortOrder",
  "citation", "sourceUrl", "refs", "annotations", "tag", "createdAt", "updatedAt")
SELECT u.id, $1, u.eid, u.pid, u.num, u.heading, u.body, 'VERBATIM', u.ord, u.citation, $2, u.refs::jsonb, u.ann::jsonb,
  u.tag, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[],
  $12::text[], $13::text[]) AS u(id, eid, pid, num, heading, body, ord, citation, refs, ann, tag)
ON CONFLICT ("versionId", "eId") DO UPDATE SET
  "parentId" = EXCLUDED."parentId", "num" = EXCLUDED."num", "heading" = EXCLUDED."heading", "text" = EXCLUDED."text",
  "textKind" = 'VERBATIM', "sortOrder" = EXCLUDED."sortOrder", "citation" = EXCLUDED."citation",
  "sourceUrl" = COALESCE(EXCLUDED."sourceUrl", "Provision"."sourceUrl"), "refs" = EXCLUDED."refs",
  "annotations" = EXCLUDED."annotations", "tag" = EXCLUDED."tag", "deletedAt" = NULL, "version" = "Provision"."version" + 1,
  "updatedAt" = CURRENT_TIMESTAMP
WHERE ("Provision"."parentId", "Provision"."num", "Provision"."heading", "Provision"."text", "Provision"."textKind",
  "Provision"."sortOrder", "Provision"."citation", "Provision"."refs", "Provision"."annotations", "Provision"."tag", "Provision"."deletedAt")
  IS DISTINCT FROM (EXCLUDED."parentId", EXCLUDED."num", EXCLUDED."heading", EXCLUDED."text", 'VERBATIM'::"TextKind",
  EXCLUDED."sortOrder", EXCLUDED."citation", EXCLUDED."refs", EXCLUDED."annotations", EXCLUDED."tag", NULL::timestamp)`

const json = (value: unknown) => (value == null ? null : JSON.stringify(value))

export async function writeProvisions(
  tx: Tx,
  input: {
    versionId: string
    sourceUrl: string | null
    rows: LawRow[]
    existingIds: Map<string, string>
    onBatch?: (done: number) => void
  },
): Promise<{ written: number; removed: number }> {
  const ids = new Map(input.existingIds)
  for (const row of input.rows) if (!ids.has(row.eId)) ids.set(row.eId, newRowId())
  let written = 0
  await deferVocabulary(tx, input.versionId)
  for (let start = 0; start < input.rows.length; start += BATCH) {
    const batch = input.rows.slice(start, start + BATCH)
    written += await tx.$executeRawUnsafe(
      upsertSql,
      input.versionId,
      input.sourceUrl,
      batch.map((r) => ids.get(r.eId)!),
      batch.map((r) => r.eId),
      batch.map((r) => (r.parentEId ? ids.get(r.parentEId)! : null)),
      batch.map((r) => r.num),
      batch.map((r) => r.heading),
      batch.map((r) => r.text),
      batch.map((r) => r.sortOrder),
      batch.map((r) => r.citation),
      batch.map((r) => json(r.refs)),
      batch.map((r) => json(r.annotations)),
      batch.map((r) => r.tag),
    )
    input.onBatch?.(Math.min(start + BATCH, input.rows.length))
  }
  await deferVocabulary(tx, null)
  const removed = await tx.$executeRawUnsafe(
    `UPDATE "Provision" SET "deletedAt" = CURRENT_TIMESTAMP, "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP
     WHERE "versionId" = $1 AND "deletedAt" IS NULL AND NOT ("eId" = ANY($2::text[]))`,
    input.versionId,
    input.rows.map((r) => r.eId),
  )
  return { written, removed }
}

/** The version's provisions as the importer compares them (soft-deleted included: a re-import revives them). */
export type StoredRow = {
  id: string
  eId: string
  parentEId: string | null
  num: string | null
  heading: string | null
  text: string
  textKind: string
  sortOrder: number
  citation: string
  refs: unknown
  annotations: unknown
  tag: string | null
  deleted: boolean
}

export async function loadStoredRows(tx: Tx, versionId: string): Promise<StoredRow[]> {
  return tx.$queryRawUnsafe<StoredRow[]>(
    `SELECT p.id, p."eId", parent."eId" AS "parentEId", p.num, p.heading, p.text, p."textKind"::text AS "textKind",
       p."sortOrder", p.citation, p.refs, p.annotations, p.tag, (p."deletedAt" IS NOT NULL) AS deleted
     FROM "Provision" p LEFT JOIN "Provision" parent ON parent.id = p."parentId"
     WHERE p."versionId" = $1`,
    versionId,
  )
}

/** JSON with sorted keys: jsonb stores object keys in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/** How the file's rows differ from the stored ones: eIds added, changed and removed. */
export function compareRows(stored: StoredRow[], rows: LawRow[]) {
  const byEId = new Map(stored.map((row) => [row.eId, row]))
  const added: string[] = []
  const changed: string[] = []
  for (const row of rows) {
    const old = byEId.get(row.eId)
    if (!old) added.push(row.eId)
    else if (
      old.deleted ||
      old.textKind !== 'VERBATIM' ||
      old.parentEId !== row.parentEId ||
      old.num !== row.num ||
      old.heading !== row.heading ||
      old.text !== row.text ||
      old.tag !== row.tag ||
      old.sortOrder !== row.sortOrder ||
      old.citation !== row.citation ||
      !same(old.refs, row.refs) ||
      !same(old.annotations, row.annotations)
    )
      changed.push(row.eId)
  }
  const inFile = new Set(rows.map((row) => row.eId))
  const removed = stored.filter((row) => !row.deleted && !inFile.has(row.eId)).map((row) => row.eId)
  return { added, changed, removed }
}

/**
 * An id in the shape of Prisma's cuid() (25 lower-case letters and digits, starting with "c"), so
 * provisions written in bulk pass the same id checks in URLs, forms and the API as any other row.
 */
function newRowId(): string {
  return `c${[...randomBytes(24)].map((byte) => (byte % 36).toString(36)).join('')}`
}
