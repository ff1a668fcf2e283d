import { z } from 'zod'

/**
 * The one place that reads process.env. Everything else imports `env` (or calls readEnv in scripts
 * that must re-read after setting variables).
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Postgres server. Unset: the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** Folder for embedded data (PGlite files). */
  DATA_DIR: optionalString.default('.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the web app listens on. The default serves this machine only; 0.0.0.0 serves the network. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /**
   * Addresses of reverse proxies whose X-Forwarded-For the app believes (comma-separated IPs).
   * Default none: the client address is the connection's, whatever headers a client sends.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], 'TRUSTED_PROXIES must list IP addresses separated by commas'))),
  /** How long a stopping server lets requests in flight finish, in milliseconds. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** Meilisearch server; unset: search runs inside Postgres. */
  MEILISEARCH_HOST: optionalString.pipe(z.url().optional()),
  MEILISEARCH_API_KEY: optionalString,
  /** Secret for signing sessions; generated and kept in DATA_DIR when unset. */
  AUTH_SECRET: optionalString.pipe(z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional()),
  /** Public base URL of the app (for links in exports and auth callbacks). */
  APP_URL: optionalString.pipe(z.url().optional()),
  /** Pool size for the pg driver. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Public API requests per client IP per minute (RateLimit headers); 0 turns the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Tests only: run integration tests on the embedded database (default) or on DATABASE_URL's server. */
  LEXBRIDGE_TEST_DB: z.enum(['embedded', 'server']).default('embedded'),
  /** Chromium used by Playwright (Debian's package; Playwright's own download is not possible here). */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Port of the app under end-to-end test, and of its embedded database. */
  E2E_PORT: z.coerce.number().int().default(3100),
  E2E_DB_PORT: z.coerce.number().int().default(55433),
  /** 1: CLI scripts print the stack trace of an unexpected error (they print one line otherwise). */
  LEXBRIDGE_DEBUG: z.stringbool().default(false),
  /** CI=true on the CI machine. */
  CI: z.stringbool().default(false),
})

export type Env = z.infer<typeof envSchema>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export const env = readEnv()
