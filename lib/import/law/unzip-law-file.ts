import { inflateRawSync } from 'node:zlib'
import { IMPORT_LIMITS, formatBytes } from '../import-item'

/**
 * The law text inside a ZIP archive, as gesetze-im-internet.de serves every federal law
 * (`https://www.gesetze-im-internet.de/<abbreviation>/xml.zip`: one XML file, sometimes with the
 * law's images). Reads the central directory, takes the one `.xml` entry (stored or deflated) and
 * refuses anything else with a reason: no XML or several, encryption, other compression, or an
 * entry over the import size limit (checked before and while inflating, so a ZIP bomb stops at
 * the limit). Not a general ZIP reader: no ZIP64, no multi-disk archives.
 */
export type UnzippedLawFile = { ok: true; name: string; bytes: Buffer } | { ok: false; message: string }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function isZip(bytes: Buffer) {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL
}

export function unzipLawFile(bytes: Buffer): UnzippedLawFile {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KB).
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, message: 'The ZIP archive is incomplete (no central directory).' }
  const count = bytes.readUInt16LE(eocd + 10)
  let at = bytes.readUInt32LE(eocd + 16)
  const xml: { name: string; method: number; flags: number; compressed: number; size: number; local: number }[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      return { ok: false, message: 'The ZIP archive is damaged (central directory).' }
    const nameLength = bytes.readUInt16LE(at + 28)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    if (/\.xml$/i.test(name) && !name.endsWith('/'))
      xml.push({
        name,
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        compressed: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        local: bytes.readUInt32LE(at + 42),
      })
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
  }
  if (xml.length !== 1)
    return {
      ok: false,
      message: xml.length
        ? `The ZIP archive holds ${xml.length} XML files (${xml.map((e) => e.name).join(', ')}); import them one by one.`
        : 'The ZIP archive holds no XML file.',
    }
  const [entry] = xml
  if (entry.flags & 1) return { ok: false, message: `${entry.name} in the ZIP archive is encrypted.` }
  if (entry.size > IMPORT_LIMITS.maxBytes)
    return {
      ok: false,
      message: `${entry.name} is ${formatBytes(entry.size)}, over the ${formatBytes(IMPORT_LIMITS.maxBytes)} import limit.`,
    }
  if (entry.local + 30 > bytes.length || bytes.readUInt32LE(entry.local) !== LOCAL)
    return { ok: false, message: 'The ZIP archive is damaged (local header).' }
  const start = entry.local + 30 + bytes.readUInt16LE(entry.local + 26) + bytes.readUInt16LE(entry.local + 28)
  const data = bytes.subarray(start, start + entry.compressed)
  if (data.length !== entry.compressed) return { ok: false, message: 'The ZIP archive is truncated.' }
  if (entry.method === 0) return { ok: true, name: entry.name, bytes: Buffer.from(data) }
  if (entry.method !== 8)
    return {
      ok: false,
      message: `${entry.name} uses a compression method this importer does not read (${entry.method}).`,
    }
  try {
    return { ok: true, name: entry.name, bytes: inflateRawSync(data, { maxOutputLength: IMPORT_LIMITS.maxBytes }) }
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
    return {
      ok: false,
      message: tooBig
        ? `${entry.name} inflates to more than the ${formatBytes(IMPORT_LIMITS.maxBytes)} import limit.`
        : `${entry.name} could not be inflated: ${(error as Error).message}`,
    }
  }
}
