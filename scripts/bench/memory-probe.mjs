// Preloaded into the web server only by `npm run bench -- load --rounds=N` (node --expose-gc
// --import): on SIGUSR2 it collects garbage and writes the process's memory use to the file that
// LEXBRIDGE_MEMORY_PROBE names, so the bench sees what is still held rather than what the
// collector has not yet reclaimed.
import { renameSync, writeFileSync } from 'node:fs'

process.on('SIGUSR2', () => {
  globalThis.gc?.()
  globalThis.gc?.()
  // Written whole, then renamed into place: the bench never reads a half-written file.
  const file = process.env.LEXBRIDGE_MEMORY_PROBE
  writeFileSync(`${file}.partial`, JSON.stringify(process.memoryUsage()))
  renameSync(`${file}.partial`, file)
})
