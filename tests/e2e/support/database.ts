import { readEnv } from '@/lib/env'
import { createPrismaClient } from '@/lib/db/prisma'

/** The database behind the app under test (see scripts/e2e-server.ts). */
function e2eDatabaseUrl() {
  return `postgresql://postgres:postgres@127.0.0.1:${readEnv().E2E_DB_PORT}/postgres?sslmode=disable`
}

export function connectE2eDatabase() {
  return createPrismaClient(e2eDatabaseUrl(), 2)
}

/** A code no other test uses: tests own their data and can run in any order. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase()
}
