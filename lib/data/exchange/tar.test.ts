import { describe, expect, it } from 'vitest'
import { readTarGz } from '@/tests/support/read-tar'
import { tarGz } from './tar'

const readTar = (archive: Buffer) => readTarGz(archive).map((f) => ({ ...f, content: f.content.toString('utf8') }))

describe('tarGz', () => {
  it('writes ustar members that read back exactly', () => {
    const long = 'x'.repeat(1300)
    const archive = tarGz([
      { name: 'lexbridge/manifest.json', content: Buffer.from('{"a":1}'), mtime: new Date('2026-12-02T00:00:00Z') },
      { name: 'lexbridge/big.csv', content: Buffer.from(long), mtime: new Date('2026-12-02T00:00:00Z') },
      { name: 'lexbridge/ünïcode.json', content: Buffer.from('[]'), mtime: new Date('2026-12-02T00:00:00Z') },
    ])
    expect(readTar(archive)).toEqual([
      { name: 'lexbridge/manifest.json', content: '{"a":1}', checksumOk: true },
      { name: 'lexbridge/big.csv', content: long, checksumOk: true },
      { name: 'lexbridge/ünïcode.json', content: '[]', checksumOk: true },
    ])
  })

  it('refuses a name longer than the header holds', () => {
    expect(() => tarGz([{ name: 'a'.repeat(101), content: Buffer.alloc(0), mtime: new Date() }])).toThrow('too long')
  })
})
