import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUILD_HASH_FILE, computeBuildHash, isBuildCurrent } from './build-hash'
import { run } from './run'

/** Runs `next build` unless the last build was made from the same source. */
export async function ensureBuild(log: (line: string) => void = console.log) {
  if (isBuildCurrent()) {
    log('Build: up to date (.next)')
    return
  }
  log('Build: building the production app (next build); later starts reuse it until the source changes …')
  const hash = computeBuildHash()
  const code = await run(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  writeFileSync(BUILD_HASH_FILE, hash)
}
