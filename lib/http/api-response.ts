import { toCsv, type CsvValue } from '@/lib/domain/csv-write'

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

/** Base URL for absolute links in exports: APP_URL when set, else the request's own origin. */
export function exportOrigin(request: Request, appUrl: string | undefined) {
  return (appUrl ?? new URL(request.url).origin).replace(/\/$/, '')
}
