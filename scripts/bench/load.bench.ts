// `npm run bench -- load`: the public API under load (issue 18 item 1). Loads the real dataset into
// the fresh database, starts the production build (`next start`) on it, and sends 50 concurrent
// clients for 20 s at a mix of GET /api/v1 routes — once as plain requests (served from the
// response cache after the first) and once revalidating with If-None-Match (304s). Reports
// requests/s, p50/p99, errors and the server's memory before and after.
// Target: cached API ≥ 500 requests/s with p99 ≤ 100 ms and zero errors. Then search that no cache
// can answer (each request a different query and jurisdiction): ≥ 50 requests/s on the server, no
// request over 2 s on the embedded database; and the /search page for the words people type most,
// whose answers the search cache keeps, and the public reading pages, which the web server's front
// keeps whole (decision 1012): the cached target.
// Options: `--seconds=N` per case (default 20); `--rounds=N` repeats every case N times and reports the
// server's heap after garbage collection per round (memory-probe.mjs): flat once the caches are full.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { seedDatabase } from '@/lib/seed'
import { apiRoutes } from '@/lib/schemas/api/routes'
import { ensureBuild } from '../lib/ensure-build'
import { treeRssMb, type LoadOptions, type LoadResult } from './load-memory'
import type { BenchCase } from './bench-case'

const CLIENTS = 50
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

type Verdict = (r: { rate: number; p99: number; max: number; errors: number }) => string
const mark = (ok: boolean) => (ok ? '✓' : '✗')
const cachedTarget: Verdict = (r) =>
  `${mark(r.rate >= 500 && r.p99 <= 100 && r.errors === 0)} target ≥500 req/s, p99 ≤100 ms, 0 errors`
const uncachedServerTarget: Verdict = (r) => `${mark(r.rate >= 50 && r.errors === 0)} target ≥50 req/s, 0 errors`
const uncachedEmbeddedTarget: Verdict = (r) => `${mark(r.max <= 2000 && r.errors === 0)} target no request over 2 s`
// What researchers type first, and the words in most provisions (slowest to rank and count).
const commonWords = ['child', 'sexual', 'offence', 'grooming', 'material', 'online', 'consent', 'abuse', 'age', 'image']

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
  async run({ url, db, target, log, args }) {
    const option = (name: string, fallback: number) =>
      Math.max(1, Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback) || fallback)
    const rounds = option('rounds', 1)
    const seconds = option('seconds', 20) // the 20 s unless asked otherwise
    await ensureBuild(log)
    log('Loading the dataset …')
    await seedDatabase(db, { log: () => {} })
    // The web server as `npm start` runs it: Next.js behind the front that keeps public pages (decision 1012).
    const probeFile = path.join(os.tmpdir(), `lexbridge-load-memory-${process.pid}.json`)
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        './scripts/bench/memory-probe.mjs',
        '--import',
        'tsx',
        'scripts/lib/next-server.ts',
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
          LEXBRIDGE_MEMORY_PROBE: probeFile,
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
      log(`${paths.length} routes, ${CLIENTS} clients, ${seconds} s each`)
      const codes = (await db.jurisdiction.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map(
        (j) => j.code,
      )
      // Every (word, jurisdiction) pair once, interleaved so consecutive requests differ in both.
      const uncached = codes.flatMap((code, i) =>
        commonWords.map((word, k) => `/api/v1/search?q=${word}&jurisdiction=${codes[(i + k) % codes.length] ?? code}`),
      )
      // The public reading pages a researcher opens first, as an anonymous reader (no cookie).
      const pages = [
        '/',
        '/jurisdictions',
        '/jurisdictions/DE',
        '/jurisdictions/GB',
        '/instruments',
        '/compare?j=DE&j=FR&j=GB',
        '/compare/ages?j=US-CA&j=US-NY&j=US-TX',
        '/treaties',
        '/standards',
        '/gaps',
        '/ages',
        '/about/data',
      ]
      const cases: { label: string; paths: string[]; headers?: Record<string, string>[]; verdict: Verdict }[] = [
        { label: 'API, cached responses (200)', paths, verdict: cachedTarget },
        { label: 'API, revalidated (If-None-Match → 304)', paths, headers: etags, verdict: cachedTarget },
        {
          label: `Search API, uncached (${uncached.length.toLocaleString('en-GB')} distinct queries)`,
          paths: uncached,
          verdict: target === 'server' ? uncachedServerTarget : uncachedEmbeddedTarget,
        },
        { label: 'Public pages, anonymous (kept pages)', paths: pages, verdict: cachedTarget },
        {
          label: '/search page, the commonest words',
          paths: commonWords.map((word) => `/search?q=${word}`),
          verdict: cachedTarget,
        },
      ]
      const runCases = async () => {
        for (const c of cases) {
          const before = treeRssMb(child.pid!)
          const result = await load({ base, paths: c.paths, clients: CLIENTS, seconds, headers: c.headers })
          const after = treeRssMb(child.pid!)
          const sorted = result.latencies.sort((a, b) => a - b)
          const rate = result.requests / result.seconds
          log(
            `${c.label.padEnd(42)} ${rate.toFixed(0).padStart(5)} req/s   p50 ${pct(sorted, 0.5).toFixed(1)} ms   p99 ${pct(sorted, 0.99).toFixed(1)} ms   ` +
              `max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms   errors ${result.errors}   memory ${before.toFixed(0)} → ${after.toFixed(0)} MB   ` +
              c.verdict({ rate, p99: pct(sorted, 0.99), max: sorted.at(-1) ?? Infinity, errors: result.errors }),
          )
          if (result.errors) log(`  statuses: ${JSON.stringify(result.statuses)}`)
        }
      }
      // After each round: the server's JavaScript heap once garbage is collected (memory-probe.mjs),
      // and the resident memory of its process tree. The first round fills the caches; after it
      // the heap should stay within their bounds.
      const heapAfterGc = async () => {
        rmSync(probeFile, { force: true })
        child.kill('SIGUSR2')
        for (let i = 0; i < 100 && !existsSync(probeFile); i++) await new Promise((r) => setTimeout(r, 100))
        return (JSON.parse(readFileSync(probeFile, 'utf8')) as { heapUsed: number }).heapUsed / 2 ** 20
      }
      const heaps: number[] = []
      const rss: number[] = []
      for (let round = 1; round <= rounds; round++) {
        if (rounds > 1) log(`Round ${round} of ${rounds}`)
        await runCases()
        heaps.push(await heapAfterGc())
        rss.push(treeRssMb(child.pid!))
        if (rounds > 1) log(`  heap after GC ${heaps.at(-1)!.toFixed(0)} MB, resident ${rss.at(-1)!.toFixed(0)} MB`)
      }
      rmSync(probeFile, { force: true })
      if (rounds > 1) {
        // The caches fill over the first rounds (each round serves only part of the 3,320 distinct
        // searches); flat means the second half of the rounds adds (almost) nothing.
        const from = Math.ceil(rounds / 2)
        const growth = (heaps.at(-1)! - heaps[from - 1]!) / heaps[from - 1]!
        log(
          `Heap after GC per round: ${heaps.map((mb) => mb.toFixed(0)).join(', ')} MB (resident ${rss.map((mb) => mb.toFixed(0)).join(', ')} MB); ` +
            `rounds ${from}-${rounds} grew ${(growth * 100).toFixed(1)} %   ${mark(growth <= 0.05)} target ≤ 5 % over the second half`,
        )
      }
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
    }
  },
}
