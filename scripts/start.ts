// `npm start`: database (embedded PGlite or DATABASE_URL) → migrations → seed on first start →
// production build if the source changed → `next start` on PORT. `npm run dev` does the same with `next dev`.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { seedOnFirstStart } from './lib/seed-on-first-start'
import { ensureBuild } from './lib/ensure-build'
import { printSetupLink } from './lib/print-setup-link'

const dev = process.argv.includes('--dev')
const env = readEnv()
const log = (line: string) => console.log(`[lexbridge] ${line}`)

const database = await prepareDatabase(env, log)
let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  await database.close().catch(() => {})
  process.exit(code)
}

try {
  await seedOnFirstStart(database.url, log)
  if (!dev) await ensureBuild(log)
} catch (error) {
  console.error(`[lexbridge] ${(error as Error).message}`)
  await shutdown(1)
}

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next')
const child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', String(env.PORT)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1', DATABASE_POOL_MAX: database.embedded ? '8' : String(env.DATABASE_POOL_MAX) },
})
log(`LexBridge is starting on http://localhost:${env.PORT} (${dev ? 'development' : 'production'} mode). Stop with Ctrl+C.`)
// Printed last so the one-time admin setup link is not buried under the build output.
await printSetupLink(database.url, env.APP_URL ?? `http://localhost:${env.PORT}`, log).catch((error: Error) => log(`Could not issue a setup link: ${error.message}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill(signal)
  })
}
child.on('exit', (code) => void shutdown(code ?? 0))
