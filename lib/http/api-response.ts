import type { CompareProblem } from '@/lib/schemas/compare'
import { toCsv, type CsvValue } from '@/lib/domain/csv-write'

/**
 * Responses of the public JSON API (/api/v1/*): one error shape, CSV as a download. Validation
 * problems are 400s with every problem listed, never 500s.
 */
type ApiError = { error: { code: string; message: string; problems?: CompareProblem[] } }

export function apiError(status: 400 | 404, code: string, message: string, problems?: CompareProblem[]) {
  return Response.json({ error: { code, message, ...(problems?.length ? { problems } : {}) } } satisfies ApiError, {
    status,
  })
}

export function invalidParameters(problems: CompareProblem[]) {
  return apiError(400, 'invalid_parameters', problems.map((p) => p.message).join(' '), problems)
}

export function jsonData<T>(data: T) {
  return Response.json({ data }, { headers: { 'Cache-Control': 'no-store' } })
}

/** A CSV download, with a UTF-8 byte order mark so spreadsheet programs read accents right. */
export function csvDownload(filename: string, rows: CsvValue[][]) {
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    },
  })
}
