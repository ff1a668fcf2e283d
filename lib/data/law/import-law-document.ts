import type { Db } from '@/lib/db/prisma'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import type { Tx } from '@/lib/data/curation/curated-model'
import type { Prisma } from '@/lib/generated/prisma/client'
import { lawMetadataSchema, lawSourceSchema, type LawSource } from '@/lib/schemas/law-import'
import { catchUpVocabulary } from '@/lib/search/vocabulary-catch-up'
import { enqueueSearchSyncMany, type SearchEntityType } from '@/lib/search/outbox'
import type { LawDocument } from '@/lib/import/formats/law-document'
import type { ImportProblem } from '@/lib/import/import-item'
import { flattenLawDocument } from '@/lib/import/law/flatten-law-document'
import { lawDateToDay } from '@/lib/import/law/law-date-to-day'
import { isoDay } from '@/lib/domain/format-partial-date'
import { resolveJurisdiction } from './resolve-jurisdiction'
import { compareRows, loadStoredRows, writeProvisions } from './write-provisions'

/**
 * Imports one official text (a LawDocument from any format parser) in ONE transaction: the work
 * (Instrument) when it is new, the expression (InstrumentVersion) with its provenance, and every
 * provision through the bulk path (write-provisions.ts). A dry run does all of it and rolls back,
 * so the preview is exactly what a commit does. Any problem → nothing written.
 *
 *   new work                  → 'create'       (Instrument + version + provisions)
 *   new expression of a work  → 'new-version'  (previous version of that language closed: validTo)
 *   same expression, new text → 'update'       (changed provisions updated in place, removed ones soft-deleted)
 *   same expression, same text→ 'unchanged'    (nothing written)
 *
 * The audit record is kept at version level: one Revision for the version (who, when, the metadata
 * before and after, and what the import did: counts, source, SHA-256), one for a created work and
 * one for a previous version whose validTo is closed. The embedded search index is written with
 * the rows, its spelling vocabulary right after the commit (catchUpVocabulary, decision 0609);
 * Meilisearch catches up through the outbox.
 */
type LawImportResult = 'create' | 'new-version' | 'update' | 'unchanged' | 'error'
export type LawImportReport = {
  committed: boolean
  result: LawImportResult
  format?: string
  work?: { uri: string; title: string; jurisdiction?: string; exists: boolean }
  expression?: { uri: string; language: string; asAt: string | null }
  versionId?: string
  counts: { provisions: number; byTag: Record<string, number>; added: number; changed: number; removed: number }
  warnings: ImportProblem[]
  problems: ImportProblem[]
}

/**
 * Who imports (decision 0005): `user`, whose permission is checked here (preview: curation:read,
 * commit: import:run), or — for the CLI and the sync, which run with the operator's authority —
 * `system`, the name the audit log shows ("import:act.xml", "sources:sync").
 */
type LawImportActor = { user: CurrentUser | null; system?: undefined } | { system: string; user?: undefined }
export type LawImportOptions = LawImportActor & {
  document: LawDocument
  source: LawSource
  commit: boolean
  onProgress?: (done: number, total: number) => void
  /**
   * After the commit the importer adds the text's words to the spelling vocabulary (decision
   * 0609) before it returns. 'later' leaves that to the caller (`catchUpVocabulary`), which the
   * import bench uses to time the two apart.
   */
  vocabulary?: 'now' | 'later'
}

class Rollback extends Error {}
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue

function actorOf(actor: LawImportActor, commit: boolean, sourceName: string) {
  if (actor.system !== undefined) return { userId: null, actor: actor.system }
  const user = actor.user ?? null
  assertCan(user, commit ? 'import:run' : 'curation:read')
  return { userId: user.id, actor: `import:${sourceName}` }
}

export async function importLawDocument(db: Db, options: LawImportOptions): Promise<LawImportReport> {
  const who = actorOf(options, options.commit, options.source.name)
  const { document } = options
  const report: LawImportReport = {
    committed: false,
    result: 'error',
    format: document.format,
    counts: { provisions: 0, byTag: {}, added: 0, changed: 0, removed: 0 },
    warnings: [...document.warnings],
    problems: [],
  }
  const sourceCheck = lawSourceSchema.safeParse(options.source)
  if (!sourceCheck.success) {
    report.problems = sourceCheck.error.issues.map((issue) => ({
      location: 'source',
      field: issue.path.join('.') || undefined,
      message: issue.message,
    }))
    return report
  }
  const meta = lawMetadataSchema.safeParse(document)
  if (!meta.success) {
    report.problems = meta.error.issues.map((issue) => ({
      location: issue.path.slice(0, 1).join('') || 'file',
      field: issue.path.slice(1).join('.') || undefined,
      message: issue.message,
    }))
    return report
  }
  const { work, expression } = meta.data
  if (!expression.uri.startsWith(`${work.uri}/`)) {
    report.problems.push({
      location: 'expression',
      field: 'uri',
      message: `The expression URI ${expression.uri} does not belong to the work ${work.uri}.`,
    })
    return report
  }
  const asAt = lawDateToDay(expression.asAt)
  report.expression = { uri: expression.uri, language: expression.language, asAt: isoDay(asAt) }
  report.work = { uri: work.uri, title: work.title, exists: false }
  if (expression.asAt && expression.asAt.precision !== 'DAY') {
    report.warnings.push({
      location: 'expression',
      field: 'asAt',
      message: `The text is dated ${expression.asAt.value} only; it is treated as valid from ${isoDay(asAt)}.`,
    })
  }

  try {
    await db.$transaction(
      async (tx) => {
        await importInTransaction(tx, options, meta.data, report, who, asAt)
        if (!options.commit || report.problems.length || report.result === 'unchanged') throw new Rollback()
      },
      { maxWait: 30_000, timeout: 10 * 60_000 },
    )
    report.committed = true
  } catch (error) {
    if (!(error instanceof Rollback)) throw error
  }
  if (report.committed && report.versionId && options.vocabulary !== 'later')
    await catchUpVocabulary(db, report.versionId)
  if (report.problems.length) report.result = 'error'
  return report
}

type Who = { userId: string | null; actor: string }

async function importInTransaction(
  tx: Tx,
  options: LawImportOptions,
  meta: ReturnType<typeof lawMetadataSchema.parse>,
  report: LawImportReport,
  who: Who,
  asAt: Date | null,
) {
  const { work, expression } = meta
  const { source } = options
  const fail = (problem: ImportProblem) => void report.problems.push(problem)
  const revision = (
    entityType: string,
    entityId: string,
    action: 'CREATE' | 'UPDATE',
    before: unknown,
    after: unknown,
  ) =>
    tx.revision.create({
      data: {
        entityType,
        entityId,
        action,
        before: before == null ? undefined : asJson(before),
        after: asJson(after),
        userId: who.userId,
        actor: who.actor,
      },
    })
  const outbox: { entityType: SearchEntityType; entityId: string }[] = []

  let instrument = await tx.instrument.findUnique({
    where: { uri: work.uri },
    include: { jurisdiction: { select: { code: true } } },
  })
  if (instrument?.deletedAt)
    return fail({
      location: 'work',
      field: 'uri',
      message: `The work ${work.uri} was deleted; restore it from its history before importing a text of it.`,
    })
  if (instrument) {
    report.work = { uri: work.uri, title: instrument.title, jurisdiction: instrument.jurisdiction.code, exists: true }
  } else {
    const jurisdiction = await resolveJurisdiction(tx, work.country)
    if ('error' in jurisdiction) return fail(jurisdiction.error)
    if (jurisdiction.warning) report.warnings.push(jurisdiction.warning)
    const created = await tx.instrument.create({
      data: {
        uri: work.uri,
        jurisdictionId: jurisdiction.id,
        kind: work.kind,
        status: work.status,
        title: work.title,
        shortTitle: work.shortTitle,
        officialCitation: work.officialCitation,
        officialUrl: work.officialUrl,
        adoptedOn: lawDateToDay(work.date),
        language: expression.language,
        officialTextUrl: source.url,
      },
    })
    instrument = { ...created, jurisdiction: { code: jurisdiction.code } }
    report.work = { uri: work.uri, title: work.title, jurisdiction: jurisdiction.code, exists: false }
    await revision('Instrument', created.id, 'CREATE', null, created)
    outbox.push({ entityType: 'instrument', entityId: created.id })
  }

  const flat = flattenLawDocument(options.document, instrument.shortTitle ?? instrument.title)
  report.counts.provisions = flat.rows.length
  report.counts.byTag = flat.countsByTag
  if (flat.problems.length) return void report.problems.push(...flat.problems)
  if (!flat.rows.length) return fail({ location: 'file', message: 'The text holds no provisions: nothing to import.' })

  const provenance = {
    sourceFormat: options.document.format,
    sourceUrl: source.url ?? null,
    retrievedAt: source.retrievedAt,
    sourceSha256: source.sha256,
    importedAt: new Date(),
  }
  const importNote = (extra: object) => ({
    import: {
      source: source.name,
      url: source.url ?? null,
      format: options.document.format,
      sha256: source.sha256,
      provisions: flat.rows.length,
      byTag: flat.countsByTag,
      ...extra,
    },
  })
  const existing = await tx.instrumentVersion.findUnique({ where: { expressionUri: expression.uri } })
  if (existing && existing.instrumentId !== instrument.id)
    return fail({
      location: 'expression',
      field: 'uri',
      message: `The expression ${expression.uri} already belongs to another work.`,
    })
  if (existing?.deletedAt)
    return fail({
      location: 'expression',
      field: 'uri',
      message: `The version ${expression.uri} was deleted; restore it from its history first.`,
    })

  const progress = (done: number) => options.onProgress?.(done, flat.rows.length)
  if (existing) {
    const diff = compareRows(await loadStoredRows(tx, existing.id), flat.rows)
    report.versionId = existing.id
    Object.assign(report.counts, {
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
    })
    if (!diff.added.length && !diff.changed.length && !diff.removed.length) {
      report.result = 'unchanged'
      progress(flat.rows.length)
      return
    }
    report.result = 'update'
    await writeProvisions(tx, {
      versionId: existing.id,
      sourceUrl: source.url ?? null,
      rows: flat.rows,
      existingIds: await idsOf(tx, existing.id),
      onBatch: progress,
    })
    const after = await tx.instrumentVersion.update({
      where: { id: existing.id },
      data: { ...provenance, version: { increment: 1 } },
    })
    await revision('InstrumentVersion', existing.id, 'UPDATE', existing, {
      ...after,
      ...importNote({
        added: diff.added.slice(0, 200),
        changed: diff.changed.slice(0, 200),
        removed: diff.removed.slice(0, 200),
      }),
    })
    outbox.push({ entityType: 'instrumentVersion', entityId: existing.id })
  } else {
    const { validTo, closes } = await placeInTime(tx, instrument.id, expression.language, asAt)
    const created = await tx.instrumentVersion.create({
      data: {
        instrumentId: instrument.id,
        expressionUri: expression.uri,
        language: expression.language,
        asAt,
        validFrom: asAt,
        validTo,
        title: expression.title,
        ...provenance,
      },
    })
    report.versionId = created.id
    report.result = report.work?.exists ? 'new-version' : 'create'
    report.counts.added = flat.rows.length
    await writeProvisions(tx, {
      versionId: created.id,
      sourceUrl: source.url ?? null,
      rows: flat.rows,
      existingIds: new Map(),
      onBatch: progress,
    })
    await revision('InstrumentVersion', created.id, 'CREATE', null, { ...created, ...importNote({}) })
    if (closes && asAt) {
      const closed = await tx.instrumentVersion.update({
        where: { id: closes.id },
        data: { validTo: asAt, version: { increment: 1 } },
      })
      await revision('InstrumentVersion', closes.id, 'UPDATE', closes, closed)
      outbox.push({ entityType: 'instrumentVersion', entityId: closes.id })
    }
    if (report.work?.exists) outbox.push({ entityType: 'instrumentVersion', entityId: created.id })
  }
  await enqueueSearchSyncMany(tx, outbox)
}

async function idsOf(tx: Tx, versionId: string) {
  const rows = await tx.provision.findMany({ where: { versionId }, select: { id: true, eId: true } })
  return new Map(rows.map((row) => [row.eId, row.id]))
}

/**
 * Where a new version of one language sits among the others: the version in force at its date
 * (validFrom before it, still open or ending later) is closed at that date; if a later version
 * exists the new one ends where that one starts. Undated texts close nothing.
 */
async function placeInTime(tx: Tx, instrumentId: string, language: string, asAt: Date | null) {
  if (!asAt) return { validTo: null, closes: null }
  const versions = await tx.instrumentVersion.findMany({
    where: { instrumentId, language, deletedAt: null },
    orderBy: { validFrom: 'asc' },
  })
  const later = versions.find((v) => v.validFrom && v.validFrom > asAt)
  const closes =
    versions
      .filter((v) => (v.validFrom ?? v.asAt) && (v.validFrom ?? v.asAt)! < asAt && (!v.validTo || v.validTo > asAt))
      .at(-1) ?? null
  return { validTo: later?.validFrom ?? null, closes }
}
