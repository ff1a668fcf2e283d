/**
 * Runs a page's queries one after another instead of with Promise.all. The embedded database
 * (PGlite behind pglite-socket 0.2) interleaves extended-protocol messages from concurrent
 * connections, so parallel queries can bind to each other's statements
 * (electric-sql/pglite#1046). The cost on a Postgres server is a few milliseconds per page.
 */
export async function sequential<const T extends readonly (() => unknown)[]>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = []
  for (const task of tasks) results.push(await task())
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }
}
