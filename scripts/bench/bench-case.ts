import type { Db } from '@/lib/db/prisma'

/**
 * A benchmark case: scripts/bench/<name>.bench.ts exports `bench: BenchCase`. It builds its own
 * synthetic data in the fresh database it is given, measures with `measure`, and logs lines.
 */
export type BenchContext = {
  url: string
  db: Db
  target: 'embedded' | 'server'
  log(line: string): void
  args: string[]
}
export type BenchCase = { name: string; run(ctx: BenchContext): Promise<void> }
