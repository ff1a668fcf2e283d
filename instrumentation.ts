/**
 * Runs once when the Next server starts. The Meilisearch outbox worker lives in the server
 * process (docs/decisions/0103-outbox-worker-in-the-server.md); it does nothing without
 * MEILISEARCH_HOST. Each request is stamped with its client IP for the API rate limit (decision
 * 0802). NEXT_RUNTIME is a build-time constant Next sets per runtime, not configuration, which is
 * why it is read here rather than through lib/env.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('./lib/env')
  const { installClientIpStamp } = await import('./lib/http/stamp-client-ip')
  installClientIpStamp(env.TRUSTED_PROXIES)
  const { startSearchSyncFromEnv } = await import('./lib/search/sync/start-from-env')
  startSearchSyncFromEnv()
}
