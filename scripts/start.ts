// `npm start`: database (embedded PGlite or DATABASE_URL) → migrations → seed on first start →
// production build if the source changed → the web server (scripts/lib/next-server.ts) on HOST:PORT.
// `npm run dev` does the same with Next's development server.
// Stopping (Ctrl+C, SIGTERM, or npm itself going away): the web server finishes the requests in
// flight (up to SHUTDOWN_GRACE_MS), then the database is closed and its lock released.
import { cliArgs } from './lib/cli'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { catchUpVocabularyOnStart } from './lib/catch-up-vocabulary-on-start'
import { seedOnFirstStart } from './lib/seed-on-first-start'
import { ensureBuild } from './lib/ensure-build'
import { printSetupLink } from './lib/print-setup-link'
import { spawnWebServer, stopChild } from './lib/spawn-web-server'
import { watchLauncher } from './lib/watch-launcher'
import type { ChildProcess } from 'node:child_process'
import type { PreparedDatabase } from '@/lib/db/prepare-database'

const { values } = cliArgs('lexbridge', { options: { dev: { type: 'boolean' } } }, 'npm start   (or npm run dev)')
const dev = Boolean(values.dev)
const env = readEnv()
const log = (line: string) => console.log(`[lexbridge] ${line}`)

// Stop handling is installed first: a signal during migration, seeding or the build must also
// close the database and release its lock.
let database: PreparedDatabase | undefined
let child: ChildProcess | undefined
let stopping = false
async function shutdown(code: number) {
  await database?.close().catch(() => {})
  process.exit(code)
}
async function stop(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  log(`stopping (${signal})`)
  if (child) await stopChild(child, signal, env.SHUTDOWN_GRACE_MS)
  await shutdown(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal))
// `npm start` killed without passing the signal on (or killed outright): stop like SIGTERM.
watchLauncher(() => void stop('SIGTERM'))

database = await prepareDatabase(env, log)
try {
  await seedOnFirstStart(database.url, log)
  await catchUpVocabularyOnStart(database.url, log)
  if (!dev) await ensureBuild(log)
} catch (error) {
  console.error(`[lexbridge] ${(error as Error).message}`)
  await shutdown(1)
}
if (stopping) await new Promise(() => {}) // a stop is under way (it exits): do not start the web server

child = spawnWebServer(env, {
  port: env.PORT,
  dev,
  childEnv: { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '8' : String(env.DATABASE_POOL_MAX) },
})
const shownHost = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST
log(
  `LexBridge is starting on http://${shownHost}:${env.PORT} (${dev ? 'development' : 'production'} mode). Stop with Ctrl+C.`,
)
// Printed last so the one-time admin setup link is not buried under the build output.
await printSetupLink(database.url, env.APP_URL ?? `http://localhost:${env.PORT}`, log).catch((error: Error) =>
  log(`Could not issue a setup link: ${error.message}`),
)

child.on('exit', (code) => {
  if (!stopping) void shutdown(code ?? 1)
})
