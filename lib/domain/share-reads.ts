/**
 * Shares one async read among concurrent callers without ever handing a caller a result older than
 * its own call: a caller that arrives while a read runs waits for the NEXT read, which starts when
 * that one ends (so after the caller arrived). At most one read runs and one waits, however many
 * callers arrive together. Used for the data version every API request checks (decision 0801).
 */
export function shareReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null
  let waiting: Promise<T> | null = null
  const start = () => {
    const current = read()
    running = current
    const done = () => {
      if (running === current) running = null
    }
    current.then(done, done)
    return current
  }
  return () => {
    if (!running) return start()
    if (!waiting) {
      const next = () => {
        waiting = null
        return start()
      }
      waiting = running.then(next, next)
    }
    return waiting
  }
}
