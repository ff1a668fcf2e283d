import { createPrismaClient } from '@/lib/db/prisma'
import { catchUpVocabulary } from '@/lib/search/vocabulary-catch-up'

/**
 * Adds to the spelling vocabulary the words of any imported text whose import stopped right after
 * its commit, before it did so itself (decision 0609). Nothing pending: one indexed query.
 */
export async function catchUpVocabularyOnStart(url: string, log: (line: string) => void) {
  const db = createPrismaClient(url, 2)
  try {
    const read = await catchUpVocabulary(db)
    if (read)
      log(`Search: collected the words of ${read.toLocaleString('en-GB')} provisions an interrupted import left out`)
  } finally {
    await db.$disconnect()
  }
}
