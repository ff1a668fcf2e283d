import { createPrismaClient } from '@/lib/db/prisma'
import { setupLinkOnStart } from '@/lib/data/setup-token'

/** While no admin exists, prints a one-time link to create the first one (a new link each start). */
export async function printSetupLink(url: string, baseUrl: string, log: (line: string) => void) {
  const db = createPrismaClient(url, 1)
  try {
    const link = await setupLinkOnStart(db, { baseUrl })
    if (link)
      log(
        `No admin account yet. Create the first one (link works once, for 24 hours): ${link}  — or run npm run user:create -- --admin`,
      )
  } finally {
    await db.$disconnect()
  }
}
