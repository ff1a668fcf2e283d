// `npm run bench -- load`: the public API under load (issue 18 item 1). Loads the real dataset into
// the fresh database, starts the production build (`next start`) on it, and sends 50 concurrent
// clients for 20 s at a mix of GET /api/v1 routes — once as plain requests (served from the
// response cache after the first) and once revalidating with If-None-Match (304s). Reports
// requests/s, p50/p99, errors and the server's memory before and after.
// Target: cached API ≥ 500 requests/s with p99 ≤ 100 ms and zero errors.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { seedDatabase } from '@/lib/seed'
import { apiRoutes } from '@/lib/schemas/api/routes'
import { ensureBuild } from '../lib/ensure-build'
import { treeRssMb, type LoadOptions, type LoadResult } from './load-memory'
import type { BenchCase } from './bench-case'

const CLIENTS = 50
const SECONDS = Number(process.env.LEXBRIDGE_LOAD_SECONDS ?? 20)
const PORT = 3190 + Math.floor(Math.random() * 50)

function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: options })
    worker.once('message', (result: LoadResult) => {
      void worker.terminate()
      resolve(result)
    })
    worker.once('error', reject)
  })
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

async function waitForServer(base: string, child: { exitCode: number | null }) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('next start exited')
    try {
      if ((await fetch(`${base}/api/v1/standards`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('next start did not answer within 2 minutes')
}

export const bench: BenchCase = {
  name: 'load',
  async run({ url, db, log }) {
    await ensureBuild(log)
    log('Loading the dataset …')
    await seedDatabase(db, { log: () => {} })
    const child = spawn(
      process.execPath,
      [
        path.join('node_modules', 'next', 'dist', 'bin', 'next'),
        'start',
        '--port',
        String(PORT),
        '--hostname',
        '127.0.0.1',
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        // The rate limit would refuse one address sending thousands of requests; it still runs, with a quota no bench reaches.
        env: {
          ...process.env,
          DATABASE_URL: url,
          DATABASE_POOL_MAX: '8',
          NEXT_TELEMETRY_DISABLED: '1',
          API_RATE_LIMIT: '100000000',
          AUTH_SECRET: 'bench-only-secret-bench-only-secret-bench',
        },
      },
    )
    const base = `http://127.0.0.1:${PORT}`
    try {
      await waitForServer(base, child)
      const candidates = apiRoutes.filter((route) => !route.example.includes('<')).map((route) => route.example)
      const paths: string[] = []
      const etags: Record<string, string>[] = []
      for (const candidate of candidates) {
        const response = await fetch(`${base}${candidate}`)
        await response.arrayBuffer()
        if (response.status === 200) {
          paths.push(candidate)
          etags.push({ 'If-None-Match': response.headers.get('etag') ?? '' })
        } else log(`  (left out, ${response.status} on this dataset: ${candidate})`)
      }
      log(`${paths.length} routes, ${CLIENTS} clients, ${SECONDS} s each`)
      for (const [label, headers] of [
        ['API, cached responses (200)', undefined],
        ['API, revalidated (If-None-Match → 304)', etags],
      ] as const) {
        const before = treeRssMb(child.pid!)
        const result = await load({
          base,
          paths,
          clients: CLIENTS,
          seconds: SECONDS,
          headers: headers as Record<string, string>[] | undefined,
        })
        const after = treeRssMb(child.pid!)
        const sorted = result.latencies.sort((a, b) => a - b)
        const rate = result.requests / result.seconds
        const ok = rate >= 500 && pct(sorted, 0.99) <= 100 && result.errors === 0
        log(
          `${label.padEnd(42)} ${rate.toFixed(0).padStart(5)} req/s   p50 ${pct(sorted, 0.5).toFixed(1)} ms   p99 ${pct(sorted, 0.99).toFixed(1)} ms   ` +
            `errors ${result.errors}   memory ${before.toFixed(0)} → ${after.toFixed(0)} MB   ${ok ? '✓' : '✗'} target ≥500 req/s, p99 ≤100 ms, 0 errors`,
        )
        if (result.errors) log(`  statuses: ${JSON.stringify(result.statuses)}`)
      }
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
    }
  },
}
