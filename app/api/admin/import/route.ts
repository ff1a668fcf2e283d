import { db } from '@/lib/db'
import { requireUser } from '@/lib/auth/session'
import { AppError, validationError } from '@/lib/errors/app-error'
import { errorResponse } from '@/lib/http/respond'
import { readCappedFormData } from '@/lib/http/read-capped-body'
import { assertSameOrigin } from '@/lib/http/same-origin'
import { IMPORT_LIMITS, formatBytes } from '@/lib/import/import-item'
import { parseUpload } from '@/lib/import/parse-upload'
import { runImport } from '@/lib/data/exchange/run-import'
import { detectStatusFormat } from '@/lib/import/treaty-status/detect'
import { planStatusImport } from '@/lib/data/treaties/plan-status-import'
import { importRequestSchema } from '@/lib/schemas/import'
import { fieldErrorsOf } from '@/lib/schemas/records'

/**
 * POST multipart (file + format, type, mapping, mode). Checks origin (CSRF), session, size
 * (413 before reading the body when Content-Length says so), then streams NDJSON: progress
 * lines while rows are processed, and a final report. Preview needs curation access; commit
 * needs import:run (checked again inside runImport).
 */
const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}. Split it into smaller files.`)

export async function POST(request: Request) {
  try {
    assertSameOrigin(request)
    const user = await requireUser('curation:read')
    // Capped while streaming: a chunked upload without Content-Length is cut off at the limit.
    const form = await readCappedFormData(request, IMPORT_LIMITS.maxBytes + 64 * 1024, tooLarge().message)
    const file = form.get('file')
    if (!(file instanceof File)) throw validationError({ file: ['Choose a file'] })
    if (file.size > IMPORT_LIMITS.maxBytes) throw tooLarge()
    const parsedRequest = importRequestSchema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => key !== 'file')))
    if (!parsedRequest.success) throw validationError(fieldErrorsOf(parsedRequest.error))
    if (parsedRequest.data.mode === 'commit') await requireUser('import:run')
    const text = await file.text()
    // A depositary status page (UN Treaty Collection, Council of Europe chart) is recognised by its content.
    const plan = detectStatusFormat(text) ? await planStatusImport(db, { text, today: new Date().toISOString().slice(0, 10) }) : null
    const parsed = plan ? { items: plan.items, problems: plan.problems } : parseUpload(text, parsedRequest.data)
    const source = file.name.replace(/[^\w.-]/g, '_').slice(0, 100) || 'upload'

    const encoder = new TextEncoder()
    const stream = new ReadableStream({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        let last = 0
        try {
          const report = await runImport(db, { user,
            ...parsed,
            source,
            commit: parsedRequest.data.mode === 'commit',
            onProgress: (done, total) => {
              if (done === total || done - last >= Math.max(25, total / 50)) {
                last = done
                send({ progress: { done, total } })
              }
            },
          })
          send({ report: { ...report, notes: plan?.notes ?? [] } })
        } catch (error) {
          const response = errorResponse(error)
          send(await response.json())
        } finally {
          controller.close()
        }
      },
    })
    return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } })
  } catch (error) {
    return errorResponse(error)
  }
}
