// `npm run bench [-- name …]`: runs every scripts/bench/*.bench.ts case on a fresh embedded
// database and, when DATABASE_URL is set, on a fresh database on that server. Not part of npm test.
// package.json runs it with `--conditions=react-server`: data modules marked `server-only` (the gap
// report's, the standards') then load outside Next.js, as they do under Vitest's alias.
import './lib/cli'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { readEnv } from '@/lib/env'
import { createTestDatabase } from '@/tests/support/test-database'
import type { BenchCase } from './bench/bench-case'

const env = readEnv()
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const dir = path.join(process.cwd(), 'scripts', 'bench')
const cases: BenchCase[] = []
// Only the files of the cases asked for are loaded (a case file is named after its case).
const isWanted = (file: string) => !wanted.length || wanted.includes(file.replace(/\.bench\.ts$/, ''))
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && isWanted(f))
for (const file of files.sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { bench: BenchCase }
  if (!wanted.length || wanted.includes(mod.bench.name)) cases.push(mod.bench)
}
if (!cases.length) {
  console.log('No benchmark case matched.')
  process.exit(1)
}

const targets: ('embedded' | 'server')[] = env.DATABASE_URL ? ['embedded', 'server'] : ['embedded']
for (const target of targets) {
  for (const benchCase of cases) {
    // createTestDatabase reads LEXBRIDGE_TEST_DB through lib/env; set it for this run.
    process.env.LEXBRIDGE_TEST_DB = target
    const database = await createTestDatabase()
    console.log(`\n== ${benchCase.name} on ${target === 'server' ? 'PostgreSQL server' : 'embedded PGlite'} ==`)
    try {
      await benchCase.run({
        url: database.url,
        db: database.db,
        target,
        log: (line) => console.log(line),
        args: process.argv.slice(2),
      })
    } finally {
      await database.cleanup()
    }
  }
}
