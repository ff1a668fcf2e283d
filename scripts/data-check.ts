// `npm run data:check`: validates prisma/data without an existing database.
//   1. shapes (zod, lib/schemas/dataset.ts)   2. cross-references, uniqueness, dates (lib/dataset/check-dataset.ts)
//   3. a real seed into a throwaway in-memory PGlite database (anything the seed skips is a failure)
//   4. the coverage report and the issue-3 targets (unmet targets are warnings only)
// Exit code 1 when any shape, reference or seed error is found.
import './lib/cli'
import { readDataset, DEFAULT_DATA_DIR } from '@/lib/dataset/read-dataset'
import { readCountries } from '@/lib/dataset/countries'
import { checkDataset } from '@/lib/dataset/check-dataset'
import { computeCoverage, RECORD_KINDS, type VerificationCounts } from '@/lib/dataset/coverage'
import { startEmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'
import { createPrismaClient } from '@/lib/db/prisma'
import { seedDatabase, totalCounts } from '@/lib/seed'
import { treatyStatusReport } from '@/lib/dataset/treaty-status-report'

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR
const errors: string[] = []
const warnings: string[] = []

const { dataset, issues: shapeIssues } = readDataset(dataDir)
for (const issue of shapeIssues)
  errors.push(`shape  ${issue.file} ${issue.path ? `[${issue.path}] ` : ''}${issue.message}`)
const { countries, issues: countryIssues } = readCountries(dataDir)
for (const issue of countryIssues) errors.push(`countries  ${issue}`)

for (const issue of checkDataset(dataset, { countryCodes: countries.map((country) => country.code) })) {
  const line = `reference  ${issue.file} ${issue.record}: ${issue.message}`
  if (issue.severity === 'error') errors.push(line)
  else warnings.push(line)
}

const embedded = await startEmbeddedDatabase()
const db = createPrismaClient(embedded.url, 4)
try {
  await migrate(embedded.url)
  const report = await seedDatabase(db, { dataDir })
  const total = totalCounts(report)
  console.log(`Seed into a throwaway database: ${total.created} rows in ${(report.durationMs / 1000).toFixed(1)} s`)
  for (const [entity, counts] of Object.entries(report.counts))
    if (counts.created) console.log(`  ${entity.padEnd(24)} ${counts.created}`)
  if (report.fixes.length)
    console.log(
      `Reference-file defects corrected by the seed (${report.fixes.length}):\n${report.fixes.map((fix) => `  ${fix}`).join('\n')}`,
    )
  for (const warning of report.warnings) warnings.push(`seed  ${warning}`)
  // Files with shape errors were already listed above; the seed reports the same skip again.
  const shapeKeys = new Set(shapeIssues.map((issue) => `${issue.file}|${issue.path || '(file)'}`))
  for (const problem of report.problems) {
    if (!shapeKeys.has(`${problem.source}|${problem.record}`))
      errors.push(`seed  ${problem.source} ${problem.record}: ${problem.message}`)
  }
} finally {
  await db.$disconnect()
  await embedded.stop()
}

const coverage = computeCoverage(dataset)
const vr = (counts: VerificationCounts) => `${counts.verified}/${counts.needsReview}`.padStart(9)
const header = `${'code'.padEnd(8)}${RECORD_KINDS.map((kind) => kind.padStart(14)).join('')}`
console.log(`\nCoverage (verified/needs-review) — ${coverage.jurisdictions.length} jurisdiction(s) with national law`)
console.log(header)
for (const { code, counts } of coverage.jurisdictions)
  console.log(`${code.padEnd(8)}${RECORD_KINDS.map((kind) => vr(counts[kind]).padStart(14)).join('')}`)
console.log(`${'intl'.padEnd(8)}${RECORD_KINDS.map((kind) => vr(coverage.international[kind]).padStart(14)).join('')}`)
console.log(`${'total'.padEnd(8)}${RECORD_KINDS.map((kind) => vr(coverage.totals[kind]).padStart(14)).join('')}`)
console.log(
  `treaty actions ${vr(coverage.treaties.actions).trim()}, reservations ${vr(coverage.treaties.reservations).trim()}, criteria ${vr(coverage.criteria).trim()} (curated files; UN CSV rows not counted)`,
)

console.log('\nSub-national units (verified/needs-review)')
console.log(`${'parent'.padEnd(8)}${'units'.padStart(12)}${RECORD_KINDS.map((kind) => kind.padStart(14)).join('')}`)
for (const { parent, units, withRecords, counts } of coverage.subnational) {
  console.log(
    `${parent.padEnd(8)}${`${withRecords} of ${units}`.padStart(12)}${RECORD_KINDS.map((kind) => vr(counts[kind]).padStart(14)).join('')}`,
  )
}

console.log('\nTreaty status (treaties/*.json; "+UN CSV" adds the year-only fallback for the CRC and its protocols)')
for (const row of treatyStatusReport(dataset, dataDir)) {
  const withCsv = row.partiesWithUnCsv === null ? '' : `, ${row.partiesWithUnCsv} with +UN CSV`
  const asOf = row.statusAsOf ? `status as of ${row.statusAsOf}` : 'no status date'
  console.log(
    `  ${row.treaty.padEnd(34)} ${String(row.parties).padStart(3)} parties (${row.undatedParties} undated)${withCsv}, ` +
      `${row.signatories} signatories only; ${row.verifiedActions}/${row.actions} actions verified; ${asOf}`,
  )
}

console.log('\nTargets (issue 3)')
for (const target of coverage.targets) {
  console.log(
    `  [${target.met ? 'x' : ' '}] ${target.label}: ${target.detail}${target.missing.length ? `; missing ${target.missing.join(' ')}` : ''}`,
  )
  if (!target.met) warnings.push(`target  ${target.label} not met (${target.detail})`)
}

if (warnings.length) console.log(`\nWarnings (${warnings.length}):\n${warnings.map((line) => `  ${line}`).join('\n')}`)
if (errors.length) console.log(`\nErrors (${errors.length}):\n${errors.map((line) => `  ${line}`).join('\n')}`)
console.log(
  `\ndata:check ${errors.length ? 'FAILED' : 'passed'}: ${errors.length} error(s), ${warnings.length} warning(s)`,
)
process.exit(errors.length ? 1 : 0)
