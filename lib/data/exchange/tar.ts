import { gzipSync } from 'node:zlib'

/**
 * A .tar.gz written with node:zlib and a hand-made ustar header per file (POSIX.1-1988): no
 * binary, no dependency. Regular files only, names up to 100 bytes, which is all the bulk
 * download needs.
 */
export type TarFile = { name: string; content: Buffer; mtime: Date }

function header(file: TarFile): Buffer {
  const block = Buffer.alloc(512, 0)
  const name = Buffer.from(file.name, 'utf8')
  if (name.length > 100) throw new Error(`Archive member name too long: ${file.name}`)
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0') + '\0'
  name.copy(block, 0)
  block.write(octal(0o644, 8), 100, 'ascii')
  block.write(octal(0, 8), 108, 'ascii')
  block.write(octal(0, 8), 116, 'ascii')
  block.write(octal(file.content.length, 12), 124, 'ascii')
  block.write(octal(Math.floor(file.mtime.getTime() / 1000), 12), 136, 'ascii')
  block.write('        ', 148, 'ascii')
  block.write('0', 156, 'ascii')
  block.write('ustar\0', 257, 'ascii')
  block.write('00', 263, 'ascii')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return block
}

export function tarGz(files: TarFile[]): Buffer {
  const parts: Buffer[] = []
  for (const file of files) {
    parts.push(header(file), file.content)
    const padding = (512 - (file.content.length % 512)) % 512
    if (padding) parts.push(Buffer.alloc(padding, 0))
  }
  parts.push(Buffer.alloc(1024, 0))
  return gzipSync(Buffer.concat(parts), { level: 6 })
}
