import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** A hash of everything `next build` reads, so `npm start` rebuilds only when the source changed. */
const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
]
const SKIP = new Set(['node_modules', '.next', 'generated'])

export function computeBuildHash(root = process.cwd()): string {
  const hash = createHash('sha256')
  const visit = (relative: string) => {
    const full = path.join(root, relative)
    if (!existsSync(full)) return
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort())
        if (!SKIP.has(entry) && !entry.endsWith('.test.ts')) visit(path.join(relative, entry))
      return
    }
    hash.update(relative).update('\0').update(readFileSync(full)).update('\0')
  }
  INPUTS.forEach(visit)
  return hash.digest('hex')
}

export const BUILD_HASH_FILE = path.join('.next', 'lexbridge-build-hash')

export function isBuildCurrent(root = process.cwd()): boolean {
  const file = path.join(root, BUILD_HASH_FILE)
  return (
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(file) &&
    readFileSync(file, 'utf8') === computeBuildHash(root)
  )
}
