import type { Db } from '@/lib/db/prisma'
import { recordTypeByEntity, type RecordTypeKey } from '@/lib/schemas/records'
import { configOf } from './configs'
import { delegateOf } from './curated-model'

/**
 * Revisions record rows as stored: links are database ids (jurisdictionId, provisionId …), and an
 * assessment's evidence is a list of such rows. People read names: these functions swap every id a
 * recorded row holds for what it names (jurisdiction name and code, provision citation, topic name,
 * criterion, user name) and give each changed record its title, for the history, audit and review
 * pages. Ids are cuids (or hashed seed ids), unique across tables, so one map serves every column.
 */
type Values = Record<string, unknown> | null

const isIdKey = (key: string) => key !== 'id' && key.endsWith('Id')

function collectIds(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into)
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (isIdKey(key) && typeof inner === 'string') into.add(inner)
      else if (typeof inner === 'object') collectIds(inner, into)
    }
}

/** id → what people call it, for every id found in any table a revision can link to. */
async function labelsFor(db: Db, ids: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>()
  if (!ids.length) return labels
  const where = { id: { in: ids } }
  const [
    jurisdictions,
    instruments,
    versions,
    provisions,
    topics,
    concepts,
    kinds,
    standards,
    criteria,
    elements,
    crosswalks,
    users,
  ] = await Promise.all([
    db.jurisdiction.findMany({ where, select: { id: true, name: true, code: true } }),
    db.instrument.findMany({ where, select: { id: true, title: true } }),
    db.instrumentVersion.findMany({ where, select: { id: true, expressionUri: true } }),
    db.provision.findMany({ where, select: { id: true, citation: true } }),
    db.topic.findMany({ where, select: { id: true, name: true, slug: true } }),
    db.concept.findMany({ where, select: { id: true, name: true } }),
    db.ageBenchmarkKind.findMany({ where, select: { id: true, name: true } }),
    db.baselineStandard.findMany({ where, select: { id: true, name: true } }),
    db.criterion.findMany({
      where,
      select: { id: true, code: true, title: true, standard: { select: { slug: true } } },
    }),
    db.criterionElement.findMany({ where, select: { id: true, code: true } }),
    db.crosswalk.findMany({ where, select: { id: true, label: true } }),
    db.user.findMany({ where, select: { id: true, name: true } }),
  ])
  for (const j of jurisdictions) labels.set(j.id, `${j.name} (${j.code})`)
  for (const i of instruments) labels.set(i.id, i.title)
  for (const v of versions) labels.set(v.id, v.expressionUri)
  for (const p of provisions) labels.set(p.id, p.citation)
  for (const t of topics) labels.set(t.id, `${t.name} (${t.slug})`)
  for (const c of concepts) labels.set(c.id, c.name)
  for (const k of kinds) labels.set(k.id, k.name)
  for (const s of standards) labels.set(s.id, s.name)
  for (const c of criteria) labels.set(c.id, `${c.standard.slug}/${c.code}: ${c.title}`)
  for (const e of elements) labels.set(e.id, e.code)
  for (const c of crosswalks) labels.set(c.id, c.label)
  for (const u of users) labels.set(u.id, u.name)
  return labels
}

const statusWords: Record<string, string> = {
  MET: 'met',
  PARTIAL: 'partly met',
  NOT_MET: 'not met',
  RESERVED: 'reserved',
  UNKNOWN: 'unknown',
}

/** One child row (a piece of evidence, an element result, a crosswalk entry, a topic tag) as a line of text. */
function describeItem(item: Record<string, unknown>, labels: Map<string, string>): string {
  const parts: string[] = []
  // jsonb orders keys its own way: the element first, then the status, the linked records, the rest.
  const rank = (key: string) => (key === 'elementId' ? 0 : key === 'status' ? 1 : isIdKey(key) ? 2 : 3)
  const entries = Object.entries(item).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '' || key === 'id' || key === 'curatorNote') continue
    if (isIdKey(key)) parts.push(labels.get(String(value)) ?? String(value))
    else if (key === 'status') parts.push(statusWords[String(value)] ?? String(value))
    else parts.push(`${key}: ${String(value)}`)
  }
  return parts.join(' · ')
}

function labelValues(values: Values, labels: Map<string, string>): Values {
  if (!values || typeof values !== 'object') return values
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (isIdKey(key) && typeof value === 'string') return [key, labels.get(value) ?? value]
      if (Array.isArray(value) && value.some((v) => v && typeof v === 'object'))
        return [key, value.map((item) => describeItem(item as Record<string, unknown>, labels))]
      return [key, value]
    }),
  )
}

/** Recorded rows with names instead of ids (same keys, so diffs and field labels still line up). */
export async function labelRecordedValues(db: Db, rows: Values[]): Promise<Values[]> {
  const ids = new Set<string>()
  for (const row of rows) collectIds(row, ids)
  const labels = await labelsFor(db, [...ids])
  return rows.map((row) => labelValues(row, labels))
}

/** "<entityType>:<entityId>" → the record's title (deleted records too), for the audit log. */
export async function findRecordTitles(db: Db, records: { entityType: string; entityId: string }[]) {
  const byType = new Map<RecordTypeKey, Set<string>>()
  for (const r of records) {
    const meta = recordTypeByEntity(r.entityType)
    if (!meta) continue
    const key = meta.key as RecordTypeKey
    byType.set(key, (byType.get(key) ?? new Set()).add(r.entityId))
  }
  const titles = new Map<string, string>()
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const config = configOf(type)
      const rows = await delegateOf(db, config.model).findMany({
        where: { id: { in: [...ids] } },
        select: config.select,
      })
      for (const row of rows) titles.set(`${config.model}:${row.id}`, config.title(row))
    }),
  )
  return (entityType: string, entityId: string) => {
    const meta = recordTypeByEntity(entityType)
    return meta ? (titles.get(`${configOf(meta.key as RecordTypeKey).model}:${entityId}`) ?? null) : null
  }
}
