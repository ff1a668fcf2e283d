import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The real published legal files in ../shared/law-sources (next to the repository; origin and
 * licence in its README). They are never copied into the repository: tests read them from there
 * and skip, saying why, when the folder is absent. A git worktree one level deeper looks one up.
 */
const lawSourcesDir = [
  path.resolve(process.cwd(), '..', 'shared', 'law-sources'),
  path.resolve(process.cwd(), '..', '..', 'shared', 'law-sources'),
].find((dir) => existsSync(path.join(dir, 'README.md')))

export function readLawSource(relative: string): string | null {
  if (!lawSourcesDir) return null
  const file = path.join(lawSourcesDir, relative)
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}
