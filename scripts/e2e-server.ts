// Serves the production build for Playwright on E2E_PORT, over a fresh in-memory embedded
// database on E2E_DB_PORT (migrated, not seeded: each test creates its own data through it).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { readEnv } from '@/lib/env'
import { startEmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'

const env = readEnv()
const database = await startEmbeddedDatabase({ port: env.E2E_DB_PORT })
await migrate(database.url)
// Several pooled connections on purpose, as in `npm start`: lib/db/embedded.ts keeps each
// connection's extended-protocol messages together (decision 0001), and e2e exercises that.
const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(env.E2E_PORT), '--hostname', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_MAX: '8', NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: env.AUTH_SECRET ?? 'e2e-only-secret-e2e-only-secret-e2e-only' },
})
const stop = async () => {
  child.kill('SIGTERM')
  await database.stop().catch(() => {})
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', async (code) => {
  await database.stop().catch(() => {})
  process.exit(code ?? 0)
})
