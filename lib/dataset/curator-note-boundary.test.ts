import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * curatorNote is private: only the curation engine (record configs, forms, import, admin export),
 * the seed, the dataset schema and check may name it, or read whole rows through the record
 * configs. A public page, API route or data function that does fails here, before it can leak.
 */
const ALLOWED = [
  'lib/data/curation/',
  'lib/schemas/records/',
  'lib/schemas/dataset.ts',
  'lib/seed/',
  'lib/dataset/',
  'lib/generated/',
  'lib/data/exchange/',
  'lib/data/treaties/plan-status-import.ts',
  // names it only in the list of fields a published change never shows
  'lib/data/api/changes.ts',
]
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return filesUnder(file)
    return /\.(ts|tsx)$/.test(name) ? [file] : []
  })
}

describe('curator notes stay out of public code', () => {
  it('is named or bulk-read only by curation, import, seed and dataset code', () => {
    const offenders = ['app', 'components', 'lib']
      .flatMap((dir) => filesUnder(path.join(process.cwd(), dir)))
      .map((file) => path.relative(process.cwd(), file).split(path.sep).join('/'))
      .filter(
        (file) =>
          !file.startsWith('app/admin/') && !file.startsWith('app/api/admin/') && !file.startsWith('components/admin/'),
      )
      .filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))
      .filter((file) => /curatorNote|configOf\(|recordConfigs/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})
