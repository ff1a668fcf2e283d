// `npm run import -- FILE [--type jurisdictions] [--mapping mapping.json] [--commit]`
// .csv (needs --type; columns named like the fields, or --mapping {"Column":"field"}), .json
// (LexBridge records JSON, or a full dump → restored into an empty database), .xml (Akoma Ntoso).
// Without --commit it is a dry run: it prints what would change and every error. With --commit
// it writes everything in one transaction, or nothing when any record has an error.
// An official-format law text (Akoma Ntoso, UK CLML, USLM, Formex, EUR-Lex XHTML, German GII XML),
// recognised by its content whatever its name, goes through the law import pipeline
// (lib/data/law): work, version with provenance, every provision verbatim; `--source-url URL`
// records where the file was published.
// A depositary's status page (UN Treaty Collection status page or Council of Europe chart, saved as
// HTML; detected by content) updates a treaty's actions: [--treaty /akn/…] [--source-url URL]
// [--verified] (docs/treaty-status.md).
import { cliArgs } from './lib/cli'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { isAppError } from '@/lib/errors/app-error'
import { restoreDump } from '@/lib/data/exchange/dump'
import { isDump } from '@/lib/schemas/exchange-formats'
import { readCsvHeader, suggestMapping } from '@/lib/import/csv-import'
import { IMPORT_LIMITS, formatBytes } from '@/lib/import/import-item'
import { parseUpload } from '@/lib/import/parse-upload'
import { runImportAs } from '@/lib/data/exchange/run-import'
import { describeLawReport } from '@/lib/data/law/describe-law-report'
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { isOfficialLawText, parseLawFile } from '@/lib/import/law/parse-law-file'
import { detectStatusFormat } from '@/lib/import/treaty-status/detect'
import { planStatusImport } from '@/lib/data/treaties/plan-status-import'
import { importRequestSchema } from '@/lib/schemas/import-request'

const usage =
  'npm run import -- FILE [--type <record type>] [--mapping mapping.json] [--treaty /akn/… --source-url URL --verified] [--commit]'
const { values, positionals } = cliArgs(
  'import',
  {
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      mapping: { type: 'string' },
      commit: { type: 'boolean' },
      treaty: { type: 'string' },
      'source-url': { type: 'string' },
      verified: { type: 'boolean' },
    },
  },
  usage,
)
const file = positionals[0]
if (!file) {
  console.error(`[import] Name the file to import.\nUsage: ${usage}`)
  process.exit(2)
}
if (!existsSync(file)) {
  console.error(`[import] No such file: ${file}`)
  process.exit(2)
}
if (!existsSync(file)) {
  console.error(`[import] ${file}: no such file.`)
  process.exit(1)
}
if (statSync(file).size > IMPORT_LIMITS.maxBytes) {
  console.error(`[import] ${file} is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}; split it.`)
  process.exit(1)
}
const text = readFileSync(file, 'utf8')
const extension = path.extname(file).toLowerCase()
const database = await prepareDatabase(readEnv(), (line) => console.log(`[import] ${line}`))
const db = createPrismaClient(database.url, 4)
let code = 0
/** The end of every import's output: errors, counts, and what was (not) written; the exit code. */
function printSummary(report: {
  problems: { location: string; field?: string; message: string }[]
  counts: { create: number; update: number; unchanged: number }
  committed: boolean
}) {
  for (const p of report.problems) console.log(`  ERROR  ${p.location}${p.field ? ` [${p.field}]` : ''}: ${p.message}`)
  const { create, update, unchanged } = report.counts
  console.log(
    `[import] ${create} to create, ${update} to change, ${unchanged} unchanged, ${report.problems.length} errors`,
  )
  console.log(
    report.committed
      ? '[import] committed.'
      : report.problems.length
        ? '[import] nothing written: fix the errors.'
        : '[import] dry run: nothing written. Add --commit to import.',
  )
  return report.problems.length ? 1 : 0
}

try {
  if (extension !== '.json' && extension !== '.csv' && isOfficialLawText(text)) {
    code = await importLaw()
  } else if (extension === '.json' && isDump(JSON.parse(text))) {
    const counts = await restoreDump(db, JSON.parse(text), (table, rows) =>
      console.log(`[import] restored ${table}: ${rows} rows`),
    )
    console.log(
      `[import] dump restored: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`,
    )
  } else if (detectStatusFormat(text)) {
    const plan = await planStatusImport(db, {
      text,
      treaty: values.treaty,
      sourceUrl: values['source-url'],
      verified: values.verified,
      today: new Date().toISOString().slice(0, 10),
    })
    if (plan.page)
      console.log(
        `[import] ${plan.page.format === 'un-mtdsg' ? 'UN Treaty Collection status page' : 'Council of Europe chart'}, status as of ${plan.page.statusAsOf}${plan.treatyUri ? `, treaty ${plan.treatyUri}` : ''}`,
      )
    const actor = { userId: null, actor: `import:${path.basename(file)}` }
    const report = await runImportAs(db, {
      actor,
      items: plan.items,
      problems: plan.problems,
      commit: Boolean(values.commit),
    })
    for (const o of report.outcomes.filter((o) => o.result === 'create' || o.result === 'update'))
      console.log(`  ${o.result.padEnd(6)} ${o.location}: ${o.changes?.map((c) => c.field).join(', ') ?? 'new'}`)
    for (const note of plan.notes) console.log(`  NOTE   ${note}`)
    code = printSummary(report)
  } else {
    const format = extension === '.csv' ? 'csv' : extension === '.xml' ? 'akn' : 'json'
    const mapping = values.mapping
      ? readFileSync(values.mapping, 'utf8')
      : format === 'csv' && values.type
        ? JSON.stringify(suggestMapping(values.type as never, readCsvHeader(text)))
        : undefined
    const request = importRequestSchema.parse({
      format,
      type: values.type,
      mapping,
      mode: values.commit ? 'commit' : 'preview',
    })
    const report = await runImportAs(db, {
      actor: { userId: null, actor: `import:${path.basename(file)}` },
      ...parseUpload(text, request),
      commit: Boolean(values.commit),
      onProgress: (done, total) => done % 500 === 0 && console.log(`[import] ${done} / ${total}`),
    })
    for (const o of report.outcomes.filter((o) => o.result === 'create' || o.result === 'update'))
      console.log(`  ${o.result.padEnd(6)} ${o.location}: ${o.label}`)
    code = printSummary(report)
  }
} catch (error) {
  console.error(`[import] ${isAppError(error) ? error.message : (error as Error).message}`)
  code = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(code)

async function importLaw() {
  const parsed = parseLawFile(text)
  if (!parsed.ok) {
    for (const p of parsed.problems)
      console.log(`  ERROR       ${p.location}${p.field ? ` [${p.field}]` : ''}: ${p.message}`)
    console.log('[import] nothing written: the file could not be read as law.')
    return 1
  }
  const started = Date.now()
  let last = 0
  const report = await importLawDocument(db, {
    system: `import:${path.basename(file)}`,
    document: parsed.document,
    source: {
      name: path.basename(file),
      url: values['source-url'],
      retrievedAt: statSync(file).mtime,
      sha256: parsed.sha256,
    },
    commit: Boolean(values.commit),
    onProgress: (done, total) => {
      if (Date.now() - last > 1000 || done === total) {
        last = Date.now()
        console.log(`[import] ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} provisions`)
      }
    },
  })
  for (const line of describeLawReport(report)) console.log(`  ${line}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    report.committed
      ? `[import] committed in ${seconds} s.`
      : report.problems.length
        ? '[import] nothing written: fix the errors.'
        : report.result === 'unchanged'
          ? '[import] nothing to write.'
          : '[import] dry run: nothing written. Add --commit to import.',
  )
  return report.problems.length ? 1 : 0
}
