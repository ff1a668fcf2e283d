// postinstall: generate the Prisma client. `prisma generate` needs no database and no native
// engine, but Prisma 7 still looks for a schema engine binary; pointing it at any existing file
// stops it from trying to download one (our machines cannot).
import { spawnSync } from 'node:child_process'

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
})
process.exit(result.status ?? 1)
