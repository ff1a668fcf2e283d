import { readDataset, DEFAULT_DATA_DIR } from '@/lib/dataset/read-dataset'
import type { Db } from '@/lib/db/prisma'
import { enqueueSearchSync } from '@/lib/search/outbox'
import type { SeedContext } from './context'
import { createReport, type SeedReport } from './report'
import { seedAssessments } from './seed-assessments'
import { seedCountries } from './seed-countries'
import { seedCrosswalks } from './seed-crosswalks'
import { seedDefinitionsAndAges } from './seed-definitions-ages'
import { seedInstruments } from './seed-instruments'
import { seedOrganisations } from './seed-organisations'
import { seedStandards } from './seed-standards'
import { seedTaxonomy } from './seed-taxonomy'
import { seedTreaties } from './seed-treaties'
import { seedUnTreaties } from './seed-un-treaties'

export type SeedOptions = { dataDir?: string; log?: (line: string) => void }

/**
 * Loads the version-controlled dataset (prisma/data) into the database. Idempotent: rows are
 * matched by natural key (or a hash id), only differences are written, and a Revision
 * (actor "seed") is written for each created or changed curated row. Never deletes curated
 * rows. Bad records are skipped and listed in report.problems instead of failing the run.
 * Runs in one transaction, so a crash leaves the database as it was.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now()
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR
  const log = options.log ?? (() => {})
  const report = createReport()
  const { dataset, issues } = readDataset(dataDir)
  for (const issue of issues)
    report.problems.push({
      source: issue.file,
      record: issue.path || '(file)',
      message: `${issue.message} (file skipped)`,
    })

  await db.$transaction(
    async (tx) => {
      const ctx: SeedContext = {
        tx,
        report,
        revisions: [],
        log,
        dataDir,
        refs: {
          jurisdictions: new Map(),
          topics: new Map(),
          concepts: new Map(),
          ageKinds: new Map(),
          instruments: new Map(),
          provisions: new Map(),
          criteria: new Map(),
          elements: new Map(),
        },
      }
      // Order matters: each step resolves references to rows of the steps before it.
      const steps: [string, () => Promise<void>][] = [
        ['taxonomy', () => seedTaxonomy(ctx, dataset)],
        ['countries', () => seedCountries(ctx)],
        ['organisations and sub-national units', () => seedOrganisations(ctx, dataset)],
        ['instruments and provisions', () => seedInstruments(ctx, dataset)],
        ['baseline standards', () => seedStandards(ctx, dataset)],
        ['definitions and ages', () => seedDefinitionsAndAges(ctx, dataset)],
        ['assessments', () => seedAssessments(ctx, dataset)],
        ['treaty files', () => seedTreaties(ctx, dataset)],
        ['UN treaty status CSVs', () => seedUnTreaties(ctx, dataset)],
        ['crosswalks', () => seedCrosswalks(ctx, dataset)],
      ]
      for (const [label, step] of steps) {
        const stepStarted = Date.now()
        await step()
        log(`${label} (${Date.now() - stepStarted} ms)`)
      }
      if (ctx.revisions.length) {
        await tx.revision.createMany({ data: ctx.revisions.map((revision) => ({ ...revision, actor: 'seed' })) })
      }
      report.revisions = ctx.revisions.length
      // Meilisearch learns of the reload through the outbox, in the same transaction (lib/search/outbox.ts).
      await enqueueSearchSync(tx, 'all', '*')
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  )
  report.durationMs = Date.now() - started
  return report
}
