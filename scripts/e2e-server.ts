// Serves the production build for Playwright on E2E_PORT, over a fresh in-memory embedded
// database on E2E_DB_PORT (migrated, not seeded: each test creates its own data through it).
import { spawnWebServer, stopChild } from './lib/spawn-web-server'
import { readEnv } from '@/lib/env'
import { startEmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'

const env = readEnv()
const database = await startEmbeddedDatabase({ port: env.E2E_DB_PORT })
await migrate(database.url)
// Several pooled connections on purpose, as in `npm start`: lib/db/embedded.ts keeps each
// connection's extended-protocol messages together (decision 0001), and e2e exercises that.
// The same web server front as `npm start` (request guard, client address, graceful stop).
// Playwright connects from 127.0.0.1 and acts as a trusted proxy: each test sets its own
// X-Forwarded-For to be its own client for the sign-in limit (tests/e2e/support/curation-fixtures.ts).
const child = spawnWebServer(
  { ...env, HOST: '127.0.0.1', TRUSTED_PROXIES: ['127.0.0.1'] },
  {
    port: env.E2E_PORT,
    childEnv: {
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: '8',
      AUTH_SECRET: env.AUTH_SECRET ?? 'e2e-only-secret-e2e-only-secret-e2e-only',
    },
  },
)
const stop = async () => {
  await stopChild(child, 'SIGTERM', 2_000)
  await database.stop().catch(() => {})
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', async (code) => {
  await database.stop().catch(() => {})
  process.exit(code ?? 0)
})
