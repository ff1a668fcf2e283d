import { describe, expect, it } from 'vitest'
import { createVersionCache } from './version-cache'

let names = 0
const cacheOf = (options: { maxEntries?: number; maxBytes?: number; keep?: (value: string) => boolean } = {}) =>
  createVersionCache<string>({
    name: `test-${++names}`,
    maxEntries: options.maxEntries ?? 10,
    maxBytes: options.maxBytes ?? 1000,
    sizeOf: (value) => value.length,
    keep: options.keep,
  })

describe('createVersionCache', () => {
  it('computes once per key and version, then answers from memory', async () => {
    const cache = cacheOf()
    let computed = 0
    const compute = async () => `answer ${++computed}`
    expect(await cache.get('db', '1', 'k', compute)).toEqual({ value: 'answer 1', hit: false })
    expect(await cache.get('db', '1', 'k', compute)).toEqual({ value: 'answer 1', hit: true })
    expect(computed).toBe(1)
  })

  it('drops every entry of the old version at the first lookup under a new one', async () => {
    const cache = cacheOf()
    await cache.get('db', '1', 'a', async () => 'old a')
    await cache.get('db', '1', 'b', async () => 'old b')
    expect(await cache.get('db', '2', 'a', async () => 'new a')).toEqual({ value: 'new a', hit: false })
    expect(await cache.get('db', '2', 'b', async () => 'new b')).toEqual({ value: 'new b', hit: false })
  })

  it('keeps databases apart', async () => {
    const cache = cacheOf()
    await cache.get('one', '1', 'k', async () => 'from one')
    expect(await cache.get('two', '1', 'k', async () => 'from two')).toEqual({ value: 'from two', hit: false })
    expect(await cache.get('one', '1', 'k', async () => 'recomputed')).toEqual({ value: 'from one', hit: true })
  })

  it('shares one computation among concurrent lookups of a key', async () => {
    const cache = cacheOf()
    let computed = 0
    let release!: (value: string) => void
    const compute = () => {
      computed++
      return new Promise<string>((resolve) => (release = resolve))
    }
    const first = cache.get('db', '1', 'k', compute)
    const second = cache.get('db', '1', 'k', compute)
    release('shared')
    expect(await first).toEqual({ value: 'shared', hit: false })
    expect(await second).toEqual({ value: 'shared', hit: true })
    expect(computed).toBe(1)
  })

  it('keeps neither failures nor values it is told not to keep', async () => {
    const cache = cacheOf({ keep: (value) => !value.startsWith('error') })
    await expect(cache.get('db', '1', 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('db', '1', 'k', async () => 'error page')).toEqual({ value: 'error page', hit: false })
    expect(await cache.get('db', '1', 'k', async () => 'fine')).toEqual({ value: 'fine', hit: false })
    expect(await cache.get('db', '1', 'k', async () => 'other')).toEqual({ value: 'fine', hit: true })
  })

  it('evicts the least recently used entry when over the entry or byte bound', async () => {
    const cache = cacheOf({ maxEntries: 2, maxBytes: 10 })
    await cache.get('db', '1', 'a', async () => 'aaa')
    await cache.get('db', '1', 'b', async () => 'bbb')
    await cache.get('db', '1', 'a', async () => 'recomputed') // a is now the most recently used
    await cache.get('db', '1', 'c', async () => 'ccc') // over 2 entries: b goes
    expect((await cache.get('db', '1', 'a', async () => 'x')).hit).toBe(true)
    expect((await cache.get('db', '1', 'b', async () => 'bbb')).hit).toBe(false)
    // 'a' (3) + 'b' (3) + 8 bytes is over 10: everything older than the new entry goes.
    await cache.get('db', '1', 'big', async () => 'eightbyt')
    expect((await cache.get('db', '1', 'a', async () => 'aaa')).hit).toBe(false)
  })
})
