import { AppError } from '@/lib/errors/app-error'

/**
 * Reads a request body chunk by chunk and stops at `maxBytes`: a client that sends no
 * Content-Length (chunked upload) cannot make the server hold more than the limit in memory.
 * Throws PAYLOAD_TOO_LARGE with `tooLargeMessage` as soon as the limit is passed.
 */
export async function readCappedBody(
  request: Request,
  maxBytes: number,
  tooLargeMessage: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', tooLargeMessage)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new AppError('PAYLOAD_TOO_LARGE', tooLargeMessage)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** A multipart form read through readCappedBody. */
export async function readCappedFormData(
  request: Request,
  maxBytes: number,
  tooLargeMessage: string,
): Promise<FormData> {
  const body = await readCappedBody(request, maxBytes, tooLargeMessage)
  return new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } })
    .formData()
    .catch(() => {
      throw new AppError('BAD_REQUEST', 'Send the file as multipart form data.')
    })
}
