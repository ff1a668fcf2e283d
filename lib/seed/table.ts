import { seedId } from './convert'
import { addProblem, type SeedContext } from './context'
import { countFor } from './report'

/**
 * Generic upsert of one table: load the rows once, then create the missing ones with one
 * createMany and update only the rows whose fields differ. Curated tables get their `version`
 * bumped and one Revision per created or changed row, so an unchanged re-seed writes nothing.
 */
export type SeedRow = { id: string } & Record<string, unknown>

type ModelKey =
  | 'jurisdiction'
  | 'membership'
  | 'instrument'
  | 'instrumentVersion'
  | 'provision'
  | 'topic'
  | 'concept'
  | 'ageBenchmarkKind'
  | 'definition'
  | 'ageBenchmark'
  | 'treatyAction'
  | 'reservation'
  | 'baselineStandard'
  | 'criterion'
  | 'criterionElement'
  | 'assessment'
  | 'assessmentEvidence'
  | 'assessmentElementResult'
  | 'crosswalk'
  | 'crosswalkEntry'

type Delegate = {
  findMany(args?: object): Promise<SeedRow[]>
  createMany(args: { data: SeedRow[] }): Promise<unknown>
  update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<unknown>
}

export type TableSpec<R extends SeedRow> = {
  model: ModelKey
  /** model name, used for Revision.entityType and the report */
  entity: string
  /** natural key of a row; tables without one use the deterministic row id */
  key: (row: R) => string
  /** curated rows carry verification + version: they get revisions and a version bump */
  curated: boolean
}

export type SeedTable<R extends SeedRow> = {
  /** id of the row with this natural key: the existing one, or a deterministic new one */
  idFor(key: string): string
  sync(rows: R[], source: string): Promise<void>
}

export async function openTable<R extends SeedRow>(ctx: SeedContext, spec: TableSpec<R>): Promise<SeedTable<R>> {
  // The delegates share one shape; typing them per model here would only repeat Prisma's types.
  const delegate = (ctx.tx as unknown as Record<ModelKey, Delegate>)[spec.model]
  const existing = new Map<string, SeedRow>()
  for (const row of await delegate.findMany()) existing.set(spec.key(row as R), row)

  return {
    idFor: (key) => existing.get(key)?.id ?? seedId(spec.entity, key),
    async sync(rows, source) {
      const counts = countFor(ctx.report, spec.entity)
      const toCreate: R[] = []
      const seen = new Set<string>()
      for (const row of rows) {
        const key = spec.key(row)
        if (seen.has(key)) {
          addProblem(ctx, source, `${spec.entity} ${key}`, 'duplicate record, the later one was skipped')
          continue
        }
        seen.add(key)
        const current = existing.get(key)
        if (!current) {
          toCreate.push(row)
          continue
        }
        const change = diffRow(row, current)
        if (!change) {
          counts.unchanged += 1
          continue
        }
        await delegate.update({
          where: { id: current.id },
          data: spec.curated ? { ...change.after, version: { increment: 1 } } : change.after,
        })
        counts.updated += 1
        if (spec.curated) {
          ctx.revisions.push({
            entityType: spec.entity,
            entityId: current.id,
            action: 'UPDATE',
            before: toJson(change.before),
            after: toJson(change.after),
          })
        }
        existing.set(key, { ...current, ...change.after })
      }
      if (toCreate.length) await delegate.createMany({ data: toCreate })
      counts.created += toCreate.length
      for (const row of toCreate) {
        existing.set(spec.key(row), row)
        if (spec.curated)
          ctx.revisions.push({
            entityType: spec.entity,
            entityId: row.id,
            action: 'CREATE',
            before: undefined,
            after: toJson(row),
          })
      }
    },
  }
}

/** The fields of `wanted` whose values differ from `current` (ignoring the id), or null. */
export function diffRow(wanted: SeedRow, current: Record<string, unknown>) {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(wanted)) {
    if (field === 'id') continue
    if (comparable(value) !== comparable(current[field])) {
      before[field] = current[field] ?? null
      after[field] = value
    }
  }
  return Object.keys(after).length ? { before, after } : null
}

/** One string per value, so dates, JSON (whose key order Postgres changes) and arrays compare by content. */
function comparable(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return stableStringify(value)
  return JSON.stringify(value)
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null))
}

function toJson(value: unknown) {
  return JSON.parse(JSON.stringify(value)) as Record<string, string>
}
