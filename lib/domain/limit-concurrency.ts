/**
 * At most `limit` runs of the wrapped work at a time; the others wait their turn in arrival order.
 * Used where the work's own steps queue at a shared resource: on the embedded database every
 * statement waits behind every statement of every other search in flight, so fifty concurrent
 * searches of five statements each made one search wait for about 250 others, and the slowest
 * over two seconds. Admitting a few at a time gives the same throughput and first come, first served.
 */
export function limitConcurrency(limit: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    else running += 1
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next)
        next() // the slot passes straight to the next in line
      else running -= 1
    }
  }
}
