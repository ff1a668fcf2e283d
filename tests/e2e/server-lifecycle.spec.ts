import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { readEnv } from '@/lib/env'

/**
 * `npm start` as a user runs it: its own embedded database in a fresh DATA_DIR (first start:
 * migrate + seed), no trusted proxy. Checks what issue 18 found broken: X-Forwarded-For could
 * choose the rate-limit key, and SIGTERM to npm left the server orphaned and dropped requests.
 */
const env = readEnv()
const port = env.E2E_PORT + 50
const base = `http://127.0.0.1:${port}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'lexbridge-lifecycle-'))
let npm: ChildProcess
let output = ''

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  npm = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      TRUSTED_PROXIES: '',
      SHUTDOWN_GRACE_MS: '90000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  npm.stdout!.on('data', (chunk) => (output += chunk))
  npm.stderr!.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 570_000
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`npm start did not answer in time:\n${output}`)
})

test.afterAll(() => {
  if (npm.exitCode === null) npm.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

test('a client cannot dodge the sign-in limit by sending a different X-Forwarded-For each time', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 11; i++) {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': `198.51.100.${i + 1}` },
      body: JSON.stringify({ email: `nobody-${i}@example.org`, password: 'not a password at all' }),
    })
    statuses.push(response.status)
  }
  expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
  expect(statuses[10]).toBe(429)
})

test('SIGTERM to npm start finishes the requests in flight, stops the server and releases the database', async () => {
  test.setTimeout(240_000)
  // Twenty page loads; the stop signal goes out while they are being served. Every request the
  // server had accepted must complete with 200 (none cut off mid-way); any it had not accepted yet
  // may only be refused at connect (ECONNREFUSED) — and some must have finished after the signal.
  let signalledAt = 0
  const outcomes = Array.from({ length: 20 }, (_, i) =>
    fetch(`${base}/jurisdictions?q=${i}`).then(
      async (response) => ({ status: response.status, body: (await response.text()).length, at: Date.now() }),
      (error: Error & { cause?: { code?: string } }) => ({ error: error.cause?.code ?? error.message, at: Date.now() }),
    ),
  )
  await new Promise((resolve) => setTimeout(resolve, 300))
  signalledAt = Date.now()
  npm.kill('SIGTERM')
  const results = await Promise.all(outcomes)
  const served = results.filter((r) => 'status' in r)
  const failed = results.filter((r) => 'error' in r)
  const log = `npm start said:\n${output.slice(-3000)}`
  expect(
    served.every((r) => 'status' in r && r.status === 200 && r.body > 0),
    log,
  ).toBe(true)
  expect(
    failed.map((r) => ('error' in r ? r.error : '')),
    log,
  ).toEqual(failed.map(() => 'ECONNREFUSED'))
  expect(served.filter((r) => r.at > signalledAt).length).toBeGreaterThan(0)
  // Whether or not npm waits for its script, nothing may keep running: the port closes and the
  // embedded database's lock file is removed, so a second `npm start` can open it.
  await expect
    .poll(
      async () =>
        fetch(`${base}/`).then(
          () => 'still serving',
          () => 'stopped',
        ),
      { timeout: 60_000 },
    )
    .toBe('stopped')
  await expect.poll(() => existsSync(path.join(dataDir, 'pglite.lock')), { timeout: 30_000 }).toBe(false)
  expect(output).toMatch(/finishing \d+ request\(s\) in flight/)
})
