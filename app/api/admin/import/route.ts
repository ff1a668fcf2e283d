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
import { importRequestSchema } from '@/lib/schemas/import-request'
import { fieldErrorsOf } from '@/lib/schemas/records'
import type { CurrentUser } from '@/lib/auth/current-user'
import { importLawDocument } from '@/lib/data/law/import-law-document'
import { isOfficialLawText, parseLawFile } from '@/lib/import/law/parse-law-file'

/**
 * POST multipart (file + format, type, mapping, mode). Checks origin (CSRF), session, size
 * (413 before reading the body when Content-Length says so), then streams NDJSON: progress
 * lines while rows are processed, and a final report. Preview needs curation access; commit
 * needs import:run (checked again inside runImport).
 */
const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}. Split it into smaller files.`,
  )

export async function POST(request: Request) {
  try {
    assertSameOrigin(request)
    const user = await requireUser('curation:read')
    // Capped while streaming: a chunked upload without Content-Length is cut off at the limit.
    const form = await readCappedFormData(request, IMPORT_LIMITS.maxBytes + 64 * 1024, tooLarge().message)
    const file = form.get('file')
    if (!(file instanceof File)) throw validationError({ file: ['Choose a file'] })
    if (file.size > IMPORT_LIMITS.maxBytes) throw tooLarge()
    const parsedRequest = importRequestSchema.safeParse(
      Object.fromEntries([...form.entries()].filter(([key]) => key !== 'file')),
    )
    if (!parsedRequest.success) throw validationError(fieldErrorsOf(parsedRequest.error))
    if (parsedRequest.data.mode === 'commit') await requireUser('import:run')
    const text = await file.text()
    const source = file.name.replace(/[^\w.-]/g, '_').slice(0, 100) || 'upload'
    const isStatusPage = detectStatusFormat(text) !== null
    if (
      !isStatusPage &&
      (parsedRequest.data.format === 'law' || (parsedRequest.data.format === 'akn' && isOfficialLawText(text)))
    ) {
      const sourceUrl = parsedRequest.data.format === 'law' ? parsedRequest.data.sourceUrl : undefined
      return lawImportResponse(user, {
        text,
        source,
        sourceUrl,
        commit: parsedRequest.data.mode === 'commit',
        lastModified: file.lastModified,
      })
    }
    // A depositary status page (UN Treaty Collection, Council of Europe chart) is recognised by its content.
    const plan = isStatusPage
      ? await planStatusImport(db, { text, today: new Date().toISOString().slice(0, 10) })
      : null
    const parsed = plan ? { items: plan.items, problems: plan.problems } : parseUpload(text, parsedRequest.data)

    const encoder = new TextEncoder()
    const stream = new ReadableStream({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        let last = 0
        try {
          const report = await runImport(db, {
            user,
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
    return new Response(stream, {
      headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  } catch (error) {
    return errorResponse(error)
  }
}

/**
 * An official law text: the same NDJSON stream, with `{ progress }` lines while provisions are
 * written and a final `{ lawReport }` (decision 0606: streamed progress, no job table).
 */
function lawImportResponse(
  user: CurrentUser,
  input: { text: string; source: string; sourceUrl?: string; commit: boolean; lastModified: number },
) {
  const parsed = parseLawFile(input.text)
  const encoder = new TextEncoder()
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        if (!parsed.ok) {
          send({
            lawReport: {
              committed: false,
              result: 'error',
              counts: { provisions: 0, byTag: {}, added: 0, changed: 0, removed: 0 },
              warnings: [],
              problems: parsed.problems,
            },
          })
          return
        }
        let last = 0
        const lawReport = await importLawDocument(db, {
          user,
          document: parsed.document,
          source: {
            name: input.source,
            url: input.sourceUrl,
            retrievedAt: new Date(input.lastModified || Date.now()),
            sha256: parsed.sha256,
          },
          commit: input.commit,
          onProgress: (done, total) => {
            if (done === total || done - last >= Math.max(200, total / 50)) {
              last = done
              send({ progress: { done, total } })
            }
          },
        })
        send({ lawReport })
      } catch (error) {
        const response = errorResponse(error)
        send(await response.json())
      } finally {
        controller.close()
      }
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
