/**
 * Runs once when the Next server starts. The Meilisearch outbox worker lives in the server
 * process (docs/decisions/0103-outbox-worker-in-the-server.md); it does nothing without
 * MEILISEARCH_HOST. NEXT_RUNTIME is a build-time constant Next sets per runtime, not
 * configuration, which is why it is read here rather than through lib/env.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startSearchSyncFromEnv } = await import('./lib/search/sync/start-from-env')
  startSearchSyncFromEnv()
}
