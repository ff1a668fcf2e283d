// `npm run db:seed`: load prisma/data into the database (migrations first). With DATABASE_URL it
// seeds that server; without it, the embedded PGlite database in DATA_DIR/pglite, which only one
// process may open: stop `npm start` first (the data-dir lock refuses to open it otherwise).
// Re-running is safe: only differences are written, and each is recorded as a Revision by "seed".
import './lib/cli'
import { readEnv } from '@/lib/env'
import { prepareDatabase } from '@/lib/db/prepare-database'
import { createPrismaClient } from '@/lib/db/prisma'
import { formatReport, seedDatabase } from '@/lib/seed'

const env = readEnv()
const log = (line: string) => console.log(`[seed] ${line}`)

const database = await prepareDatabase(env, log)
const db = createPrismaClient(database.url, 4)
let exitCode = 0
try {
  const report = await seedDatabase(db, { log: (line) => log(`  ${line}`) })
  for (const line of formatReport(report)) console.log(line)
  // The same marker `npm start` writes after its first-start seed, so it does not seed again.
  await db.appState.upsert({
    where: { key: 'seed' },
    create: { key: 'seed', value: { loadedAt: new Date().toISOString() } },
    update: { value: { loadedAt: new Date().toISOString() } },
  })
  if (report.problems.length) {
    console.log(`${report.problems.length} record(s) were skipped; run \`npm run data:check\` for details.`)
  }
} catch (error) {
  console.error(`[seed] failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await db.$disconnect()
  await database.close()
}
process.exit(exitCode)
