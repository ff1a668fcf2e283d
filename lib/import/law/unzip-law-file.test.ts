import { describe, expect, it } from 'vitest'
import { zipOf } from '@/tests/support/zip-file'
import { IMPORT_LIMITS } from '../import-item'
import { isZip, unzipLawFile } from './unzip-law-file'

const xml = '<?xml version="1.0"?><dokumente><norm/></dokumente>'

describe('unzipLawFile', () => {
  it('takes the one XML file, deflated or stored, and ignores the law’s images', () => {
    const archive = zipOf([
      { name: 'BJNR001270871.xml', data: xml },
      { name: 'bild1.jpg', data: Buffer.from([1, 2, 3]) },
    ])
    expect(isZip(archive)).toBe(true)
    expect(unzipLawFile(archive)).toEqual({ ok: true, name: 'BJNR001270871.xml', bytes: Buffer.from(xml) })
    expect(unzipLawFile(zipOf([{ name: 'a.xml', data: xml, stored: true }]))).toMatchObject({ ok: true })
    expect(isZip(Buffer.from(xml))).toBe(false)
  })

  it('refuses an archive with no XML or several, naming them', () => {
    expect(unzipLawFile(zipOf([{ name: 'readme.txt', data: 'x' }]))).toEqual({
      ok: false,
      message: 'The ZIP archive holds no XML file.',
    })
    const two = unzipLawFile(
      zipOf([
        { name: 'a.xml', data: xml },
        { name: 'b.xml', data: xml },
      ]),
    )
    expect(two).toEqual({ ok: false, message: expect.stringContaining('2 XML files (a.xml, b.xml)') })
  })

  it('stops a ZIP bomb at the import limit, whatever size the directory declares', () => {
    const huge = Buffer.alloc(IMPORT_LIMITS.maxBytes + 1024, 0x20)
    expect(unzipLawFile(zipOf([{ name: 'big.xml', data: huge }]))).toEqual({
      ok: false,
      message: expect.stringMatching(/over the 10\.0 MB import limit/),
    })
    const lying = unzipLawFile(zipOf([{ name: 'big.xml', data: huge, size: 100 }]))
    expect(lying).toEqual({
      ok: false,
      message: expect.stringMatching(/inflates to more than the 10\.0 MB import limit/),
    })
  })

  it('says what is wrong with a truncated or damaged archive', () => {
    const archive = zipOf([{ name: 'a.xml', data: xml }])
    expect(unzipLawFile(archive.subarray(0, archive.length - 30))).toEqual({
      ok: false,
      message: 'The ZIP archive is incomplete (no central directory).',
    })
    const damaged = Buffer.from(archive)
    damaged.writeUInt32LE(0, 0) // the local header's signature
    expect(unzipLawFile(damaged)).toEqual({ ok: false, message: 'The ZIP archive is damaged (local header).' })
  })
})
