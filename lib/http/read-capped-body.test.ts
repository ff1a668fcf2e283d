import { describe, expect, it } from 'vitest'
import { isAppError } from '@/lib/errors/app-error'
import { readCappedBody, readCappedFormData } from './read-capped-body'

/** A chunked body with no Content-Length, counting how much of it the reader pulled. */
function chunkedRequest(chunks: number, chunkSize: number) {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close()
      pulled += 1
      controller.enqueue(new Uint8Array(chunkSize).fill(97))
    },
  })
  const request = new Request('http://localhost/upload', { method: 'POST', body, duplex: 'half' } as RequestInit)
  return { request, pulled: () => pulled }
}

describe('readCappedBody', () => {
  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    const { request, pulled } = chunkedRequest(1000, 64 * 1024) // 64 MB offered
    const error = await readCappedBody(request, 1024 * 1024, 'too big').then(
      () => null,
      (e: unknown) => e,
    )
    expect(isAppError(error) && error.code).toBe('PAYLOAD_TOO_LARGE')
    expect(pulled()).toBeLessThanOrEqual(18) // 1 MB / 64 KB = 16 chunks, plus stream read-ahead
  })
  it('refuses at once when Content-Length already says too much', async () => {
    const request = new Request('http://localhost/upload', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': '999999999' },
    })
    await expect(readCappedBody(request, 1024, 'too big')).rejects.toThrow('too big')
  })
  it('returns a body within the limit whole, and parses a form from it', async () => {
    const form = new FormData()
    form.set('file', new File(['a,b\n1,2\n'], 'rows.csv', { type: 'text/csv' }))
    form.set('format', 'csv')
    const request = new Request('http://localhost/upload', { method: 'POST', body: form })
    const parsed = await readCappedFormData(request, 1024 * 1024, 'too big')
    expect(parsed.get('format')).toBe('csv')
    expect(await (parsed.get('file') as File).text()).toBe('a,b\n1,2\n')
  })
})
