// `npm test`: every suite, in order, against real parts. Runs them all even when one fails, then
// prints one summary and exits non-zero on any failure.
//   typecheck · layer lint · unused exports (knip) · formatting (Prettier) · data check · unit · integration on embedded PGlite · integration on the
//   Postgres server (when DATABASE_URL is set) · end-to-end in Chromium (production build)
// `npm test -- unit integration` runs only the named steps.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { readEnv } from '@/lib/env'
import { ensureBuild } from './lib/ensure-build'
import { run } from './lib/run'

type Counts = { passed: number; failed: number; skipped: number }
type Step = { name: string; run(): Promise<{ code: number; counts?: Counts }> }

const env = readEnv()
mkdirSync('test-results', { recursive: true })
const npx = (args: string[], extraEnv: Record<string, string> = {}) =>
  run('npx', args, { env: { ...process.env, ...extraEnv } })

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
}

function vitestStep(name: string, project: string, extraEnv: Record<string, string> = {}): Step {
  const output = `test-results/${name}.json`
  return {
    name,
    async run() {
      rmSync(output, { force: true })
      const code = await npx(
        ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
        extraEnv,
      )
      return { code, counts: vitestCounts(output) }
    },
  }
}

const steps: Step[] = [
  { name: 'typecheck', run: async () => ({ code: await npx(['tsc', '--noEmit']) }) },
  { name: 'lint', run: async () => ({ code: await npx(['tsx', 'scripts/lint-layers.ts']) }) },
  { name: 'knip', run: async () => ({ code: await npx(['knip', '--no-progress']) }) },
  { name: 'format', run: async () => ({ code: await npx(['prettier', '--check', '--log-level', 'warn', '.']) }) },
  { name: 'data', run: async () => ({ code: await npx(['tsx', 'scripts/data-check.ts']) }) },
  vitestStep('unit', 'unit'),
  vitestStep('integration', 'integration', { LEXBRIDGE_TEST_DB: 'embedded' }),
  ...(env.DATABASE_URL ? [vitestStep('integration-server', 'integration', { LEXBRIDGE_TEST_DB: 'server' })] : []),
  {
    name: 'e2e',
    async run() {
      await ensureBuild((line) => console.log(`[test] ${line}`))
      rmSync('test-results/e2e.json', { force: true })
      const code = await npx(['playwright', 'test'])
      return { code, counts: playwrightCounts('test-results/e2e.json') }
    },
  },
]

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const selected = wanted.length ? steps.filter((step) => wanted.includes(step.name)) : steps
if (!env.DATABASE_URL && !wanted.length)
  console.log('[test] DATABASE_URL is not set: integration tests run on embedded PGlite only.')

const results: { name: string; code: number; counts?: Counts; seconds: number }[] = []
for (const step of selected) {
  console.log(`\n[test] ── ${step.name} ──`)
  const started = Date.now()
  let outcome: { code: number; counts?: Counts }
  try {
    outcome = await step.run()
  } catch (error) {
    console.error(`[test] ${step.name} could not run: ${(error as Error).message}`)
    outcome = { code: 1 }
  }
  results.push({ name: step.name, ...outcome, seconds: (Date.now() - started) / 1000 })
}

console.log('\n[test] ── summary ──')
const total: Counts = { passed: 0, failed: 0, skipped: 0 }
for (const r of results) {
  const counts = r.counts
    ? `${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped`
    : r.code === 0
      ? 'ok'
      : 'FAILED'
  console.log(`[test] ${r.code === 0 ? 'PASS' : 'FAIL'}  ${r.name.padEnd(20)} ${counts}  (${r.seconds.toFixed(0)} s)`)
  if (r.counts) {
    total.passed += r.counts.passed
    total.failed += r.counts.failed
    total.skipped += r.counts.skipped
  } else if (r.code !== 0) total.failed += 1
}
const failedSteps = results.filter((r) => r.code !== 0)
if (failedSteps.length && total.failed === 0) total.failed = failedSteps.length
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(failedSteps.length ? 1 : 0)
