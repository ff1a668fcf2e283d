import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/**
 * Applies prisma/migrations/*\/migration.sql in name order and records each in
 * `_prisma_migrations` with the same columns and checksum (SHA-256 of the file) that
 * `prisma migrate deploy` uses, so Prisma's own engine can take over where it is available.
 * Each migration runs in its own transaction; an edited, already-applied migration is an error.
 */
export type MigrationResult = { applied: string[]; alreadyApplied: number }

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

function listMigrations(dir = path.join(process.cwd(), 'prisma', 'migrations')) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const log = options.log ?? (() => {})
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(MIGRATIONS_TABLE)
    const { rows } = await client.query<{
      migration_name: string
      checksum: string
      finished_at: Date | null
      rolled_back_at: Date | null
    }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"')
    const done = new Map(
      rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r.checksum]),
    )
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at)
    if (failed.length) {
      throw new Error(
        `Migration ${failed[0].migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`,
      )
    }
    const applied: string[] = []
    for (const migration of listMigrations(options.dir)) {
      const checksum = done.get(migration.name)
      if (checksum) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
          )
        }
        continue
      }
      const id = randomUUID()
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, migration.checksum, migration.name],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`)
      }
      applied.push(migration.name)
      log(`applied migration ${migration.name}`)
    }
    return { applied, alreadyApplied: done.size }
  } finally {
    await client.end()
  }
}
