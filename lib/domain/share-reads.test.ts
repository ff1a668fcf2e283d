import { describe, expect, it } from 'vitest'
import { shareReads } from './share-reads'

/** A read whose answers the test releases one at a time, counting how many reads were started. */
function controlledRead() {
  const pending: ((value: number) => void)[] = []
  let started = 0
  const read = () =>
    new Promise<number>((resolve) => {
      started++
      pending.push(resolve)
    })
  return { read, started: () => started, release: (value: number) => pending.shift()!(value) }
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('shareReads', () => {
  it('starts a read for a caller when none runs', async () => {
    const source = controlledRead()
    const shared = shareReads(source.read)
    const first = shared()
    source.release(1)
    expect(await first).toBe(1)
    const second = shared()
    await tick()
    expect(source.started()).toBe(2)
    source.release(2)
    expect(await second).toBe(2)
  })

  it('never gives a caller the answer of a read that started before it called', async () => {
    const source = controlledRead()
    const shared = shareReads(source.read)
    const early = shared() // read 1 starts
    const late = shared() // arrives during read 1: must wait for read 2
    source.release(1)
    expect(await early).toBe(1)
    await tick()
    expect(source.started()).toBe(2)
    source.release(2)
    expect(await late).toBe(2)
  })

  it('lets every caller that arrives during one read share the next one', async () => {
    const source = controlledRead()
    const shared = shareReads(source.read)
    const early = shared()
    const waiting = Array.from({ length: 50 }, () => shared())
    source.release(1)
    await early
    await tick()
    source.release(2)
    expect(new Set(await Promise.all(waiting))).toEqual(new Set([2]))
    expect(source.started()).toBe(2)
  })

  it('starts the next read after a failed one, and passes the failure to its own callers only', async () => {
    let calls = 0
    const shared = shareReads(async () => {
      calls++
      if (calls === 1) throw new Error('connection lost')
      return calls
    })
    const failing = shared()
    const after = shared()
    await expect(failing).rejects.toThrow('connection lost')
    expect(await after).toBe(2)
  })
})
