import { gunzipSync } from 'node:zlib'

/** Reads a .tar.gz back (tests only): each member's name, bytes, and whether its header checksum holds. */
export function readTarGz(archive: Buffer) {
  const data = gunzipSync(archive)
  const files: { name: string; content: Buffer; checksumOk: boolean }[] = []
  for (let offset = 0; offset + 512 <= data.length;) {
    const block = data.subarray(offset, offset + 512)
    if (block.every((byte) => byte === 0)) break
    const name = block.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(block.subarray(124, 136).toString('ascii'), 8)
    const stored = parseInt(block.subarray(148, 156).toString('ascii'), 8)
    let sum = 0
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
    files.push({
      name,
      content: Buffer.from(data.subarray(offset + 512, offset + 512 + size)),
      checksumOk: sum === stored,
    })
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return files
}
