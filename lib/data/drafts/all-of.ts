/**
 * Runs a page's independent queries at once (Promise.all over thunks, keeping each result's type).
 * They once ran one after another to dodge pglite-socket interleaving concurrent connections;
 * lib/db/embedded.ts fixes that at the source (decision 0001), so they run in parallel again.
 */
export async function allOf<const T extends readonly (() => unknown)[]>(
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  return (await Promise.all(tasks.map((task) => task()))) as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }
}
