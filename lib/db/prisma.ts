import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'

/** Creates a Prisma client over the pg driver. Used by lib/db.ts (the app) and by scripts/tests. */
export function createPrismaClient(connectionString: string, poolMax = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolMax })
  return new PrismaClient({ adapter })
}

export type Db = ReturnType<typeof createPrismaClient>
