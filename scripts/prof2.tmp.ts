import { createPrismaClient } from '@/lib/db/prisma'
import { createEmbeddedEngine } from '@/lib/search/embedded/embedded-engine'
import { measure, formatTiming } from '@/scripts/bench/measure'
const db = createPrismaClient('postgresql://postgres@127.0.0.1:5432/lexbridge_prof', 4)
const engine = createEmbeddedEngine(db)
for (const q of (process.argv[2] ?? 'possession,groomng,child pornography').split(',')) {
  const t = await measure(q, () => engine.search({ q, filters: {}, sort: 'relevance', page: 1, pageSize: 20 }), { iterations: 30 })
  console.log(formatTiming(t, 50))
}
await db.$disconnect()
