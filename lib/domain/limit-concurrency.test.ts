import { describe, expect, it } from 'vitest'
import { limitConcurrency } from './limit-concurrency'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('limitConcurrency', () => {
  it('runs at most `limit` at once and starts the others in arrival order', async () => {
    const run = limitConcurrency(2)
    const started: number[] = []
    const release: (() => void)[] = []
    const jobs = [0, 1, 2, 3].map((n) =>
      run(async () => {
        started.push(n)
        await new Promise<void>((resolve) => (release[n] = resolve))
        return n
      }),
    )
    await tick()
    expect(started).toEqual([0, 1])
    release[1]()
    await tick()
    expect(started).toEqual([0, 1, 2])
    release[0]()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    release[2]()
    release[3]()
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3])
  })

  it('frees the slot when the work fails', async () => {
    const run = limitConcurrency(1)
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await run(async () => 'next')).toBe('next')
  })
})
