// Imported FIRST by every CLI script. A failing script prints one line that says what went wrong
// and what to do — never a stack trace (set LEXBRIDGE_DEBUG=1 to see one) — and exits non-zero.
// Options are parsed strictly: an unknown or malformed option prints the usage line.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeDatabaseError } from '@/lib/db/describe-database-error'
import { isAppError } from '@/lib/errors/app-error'

let label = 'lexbridge'

// lib/env.ts validates at import time, so it is loaded only here, after the handlers exist:
// an invalid variable then gets one line too.
async function envOrNull() {
  try {
    return (await import('@/lib/env')).readEnv()
  } catch {
    return null
  }
}

async function fail(error: unknown) {
  const env = await envOrNull()
  const message = isAppError(error)
    ? error.message
    : (describeDatabaseError(error, env?.DATABASE_URL) ?? `${(error as Error)?.message ?? String(error)}`)
  console.error(`[${label}] ${message}`)
  if (env?.LEXBRIDGE_DEBUG && error instanceof Error) console.error(error.stack)
  process.exit(1)
}
process.on('uncaughtException', (error) => void fail(error))
process.on('unhandledRejection', (error) => void fail(error))

/** Strict options for a script: `usage` is printed (with the problem) on anything unexpected. */
export function cliArgs<T extends ParseArgsConfig>(name: string, config: T, usage: string) {
  label = name
  try {
    return parseArgs({ ...config, strict: true })
  } catch (error) {
    console.error(`[${name}] ${(error as Error).message.split('\n')[0]}\nUsage: ${usage}`)
    process.exit(2)
  }
}
