import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '@/lib/db/prisma'
import { findApiAges, findApiDefinitions } from '@/lib/data/api/definitions-ages'
import { findApiInstruments } from '@/lib/data/api/instruments'
import { findApiJurisdictions } from '@/lib/data/api/jurisdictions'
import { findApiBulkProvisions } from '@/lib/data/api/provisions'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import { findApiAssessments, findApiStandards } from '@/lib/data/api/standards'
import { findApiTreaties, getApiTreatyStatus } from '@/lib/data/api/treaties'
import { readConsistently } from '@/lib/db/read-consistently'
import { toCsv, type CsvValue } from '@/lib/domain/csv-write'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { bulkSources } from './bulk-sources'
import { tarGz } from './tar'

/**
 * The whole published dataset as one versioned archive (GET /api/v1/bulk, docs/api.md): per
 * record type a JSON file (the API's item shape) and a CSV file (formula-guarded writer), and
 * manifest.json with counts, SHA-256 of every file, the data version and the sources' licences.
 * Read as one state of the data (readConsistently: a snapshot on a server; on the embedded database
 * page by page, read again if a publish happened meanwhile) so files and version agree; kept on disk per data version
 * (DATA_DIR/bulk) and rebuilt only when the version moves; older archives are removed.
 */
const BULK_FORMAT = 'lexbridge-bulk'
type Page<T> = { data: T[]; page: { nextCursor: string | null } }

async function all<T>(load: (cursor: string | undefined) => Promise<Page<T> | null>): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const page = await load(cursor)
    if (!page) break
    items.push(...page.data)
    cursor = page.page.nextCursor ?? undefined
  } while (cursor)
  return items
}

/** One CSV row per item: nested objects as JSON, lists of words as "a; b". */
function csvOf(items: Record<string, unknown>[]): string {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))]
  const value = (v: unknown): CsvValue =>
    v === null || v === undefined
      ? null
      : Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? v.join('; ')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : (v as CsvValue)
  return toCsv([columns, ...items.map((item) => columns.map((column) => value(item[column])))])
}

async function collectBulkRecords(db: Db) {
  const limit = 200
  const jurisdictions = await all((cursor) => findApiJurisdictions(db, { limit, cursor }))
  const instruments = await all((cursor) => findApiInstruments(db, { limit, cursor }))
  const provisions = await all((cursor) => findApiBulkProvisions(db, { limit: 1000, cursor }))
  const definitions = await all((cursor) => findApiDefinitions(db, { limit, cursor }))
  const ages = await all((cursor) => findApiAges(db, { limit, cursor }))
  const today = todayUtc()
  const treaties = await all((cursor) => findApiTreaties(db, { limit, cursor, asOf: today }))
  const treatyActions: Record<string, unknown>[] = []
  const reservations: Record<string, unknown>[] = []
  for (const treaty of treaties) {
    const status = await getApiTreatyStatus(db, { uri: treaty.uri, asOf: today })
    for (const p of status?.participants ?? []) {
      for (const a of p.actions) treatyActions.push({ treaty: treaty.uri, jurisdiction: p.jurisdiction.code, ...a })
      for (const r of p.reservations) reservations.push({ treaty: treaty.uri, jurisdiction: p.jurisdiction.code, ...r })
    }
  }
  const standards = await all((cursor) => findApiStandards(db, { limit, cursor }))
  const assessments: Record<string, unknown>[] = []
  for (const standard of standards) {
    for (const a of await all((cursor) => findApiAssessments(db, { limit, cursor, slug: standard.slug })))
      assessments.push({ standard: standard.slug, ...a })
  }
  return {
    jurisdictions,
    instruments,
    provisions,
    definitions,
    ages,
    treaties,
    'treaty-actions': treatyActions,
    reservations,
    standards,
    assessments,
  } as Record<string, Record<string, unknown>[]>
}

async function buildBulkArchive(db: Db) {
  const { value } = await readConsistently(
    db,
    async (client) => {
      const stamp = await readDataStamp(client)
      const records = await collectBulkRecords(client)
      const files: { name: string; content: Buffer }[] = []
      for (const [type, items] of Object.entries(records)) {
        files.push(
          { name: `${type}.json`, content: Buffer.from(JSON.stringify(items, null, 1)) },
          { name: `${type}.csv`, content: Buffer.from(`\uFEFF${csvOf(items)}`) },
        )
      }
      const generatedAt = new Date()
      const manifest = {
        format: BULK_FORMAT,
        formatVersion: 1,
        dataVersion: stamp.version,
        dataChangedAt: stamp.changedAt.toISOString(),
        generatedAt: generatedAt.toISOString(),
        description:
          'Every published LexBridge record, in the shapes of the public API (docs/api.md). Assessments are LexBridge’s own analysis.',
        counts: Object.fromEntries(Object.entries(records).map(([type, items]) => [type, items.length])),
        files: files.map((f) => ({
          name: f.name,
          bytes: f.content.length,
          sha256: createHash('sha256').update(f.content).digest('hex'),
        })),
        sources: bulkSources,
      }
      const all = [{ name: 'manifest.json', content: Buffer.from(JSON.stringify(manifest, null, 2)) }, ...files]
      const dir = `lexbridge-data-v${stamp.version}`
      return {
        version: stamp.version,
        manifest,
        archive: tarGz(all.map((f) => ({ name: `${dir}/${f.name}`, content: f.content, mtime: generatedAt }))),
      }
    },
    // Only published data is read, so the data version is the stamp (it moves at every publish).
    { stamp: async (client) => (await readDataStamp(client)).version },
  )
  return value
}

const building = new Map<string, Promise<string>>()

/** The archive of the current data version on disk (built when missing), and its file name. */
export async function ensureBulkArchive(db: Db, dataDir: string): Promise<{ file: string; version: string }> {
  const { version } = await readDataStamp(db)
  const dir = path.resolve(dataDir, 'bulk')
  const file = path.join(dir, `lexbridge-data-v${version}.tar.gz`)
  if (existsSync(file)) return { file, version }
  let job = building.get(file)
  if (!job) {
    job = (async () => {
      const built = await buildBulkArchive(db)
      mkdirSync(dir, { recursive: true })
      const target = path.join(dir, `lexbridge-data-v${built.version}.tar.gz`)
      const partial = `${target}.${process.pid}.partial`
      writeFileSync(partial, built.archive)
      renameSync(partial, target)
      for (const old of readdirSync(dir))
        if (old !== path.basename(target) && old.startsWith('lexbridge-data-v'))
          rmSync(path.join(dir, old), { force: true })
      return target
    })().finally(() => building.delete(file))
    building.set(file, job)
  }
  const built = await job
  return { file: built, version: path.basename(built).replace(/^lexbridge-data-v|\.tar\.gz$/g, '') }
}
