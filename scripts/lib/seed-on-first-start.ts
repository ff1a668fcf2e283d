import { createPrismaClient } from '@/lib/db/prisma'
import { seedDatabase } from '@/lib/seed'

/**
 * Loads the dataset into a database that has never been seeded. Later starts leave the data
 * alone, so curators' edits are never overwritten; `npm run db:seed` reloads on purpose.
 */
export async function seedOnFirstStart(url: string, log: (line: string) => void) {
  const db = createPrismaClient(url, 4)
  try {
    const marker = await db.appState.findUnique({ where: { key: 'seed' } })
    if (marker) {
      log('Seed: already loaded (run `npm run db:seed` to reload the dataset)')
      return
    }
    log('Seed: first start, loading the LexBridge dataset …')
    const started = Date.now()
    const report = await seedDatabase(db, { log: (line) => log(`  ${line}`) })
    await db.appState.upsert({
      where: { key: 'seed' },
      create: { key: 'seed', value: { loadedAt: new Date().toISOString() } },
      update: { value: { loadedAt: new Date().toISOString() } },
    })
    log(
      `Seed: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s${report.problems.length ? `, ${report.problems.length} problem(s) skipped (run npm run data:check)` : ''}`,
    )
  } finally {
    await db.$disconnect()
  }
}
