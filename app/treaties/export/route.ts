import { db } from '@/lib/db'
import { getTreaty } from '@/lib/data/treaties/get-treaty'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { partialIsoDate } from '@/lib/domain/format-partial-date'
import {
  countParties,
  filterStatusRows,
  sortStatusRows,
  statusRowsToCsvRows,
  statusRowsToJson,
} from '@/lib/domain/treaties/status-table'
import { apiError, csvDownload, invalidParameters, jsonData } from '@/lib/http/api-response'
import { treatyExportParamsSchema } from '@/lib/schemas/treaty-params'

/**
 * GET /treaties/export?treaty=<work uri>&format=csv|json (&asOf, sort, dir, org as on the page):
 * the treaty page's status table as a download. Partial dates stay partial; curator notes are
 * never read (docs/treaty-status.md).
 */
export async function GET(request: Request) {
  const search = Object.fromEntries(new URL(request.url).searchParams)
  const parsed = treatyExportParamsSchema.safeParse(search)
  if (!parsed.success) {
    return invalidParameters(
      parsed.error.issues.map((issue) => ({
        param: String(issue.path[0] ?? ''),
        code: 'missing' as const,
        message: `${String(issue.path[0])}: ${issue.message}`,
      })),
    )
  }
  const { treaty: uri, format, asOf, sort, dir, org } = parsed.data
  const date = asOf ? new Date(`${asOf}T00:00:00Z`) : todayUtc()
  const detail = await getTreaty(db, { uri, date })
  if (!detail) return apiError(404, 'not_found', `No published treaty ${uri}.`)
  const rows = sortStatusRows(filterStatusRows(detail.status, org), sort, dir)
  const slug = uri.split('/').filter(Boolean).slice(1).join('-')
  if (format === 'csv')
    return csvDownload(`lexbridge-treaty-status-${slug}${org ? `-${org}` : ''}.csv`, statusRowsToCsvRows(rows))
  return jsonData({
    treaty: { uri: detail.treaty.uri, title: detail.treaty.title },
    statusAsOf: partialIsoDate(detail.treaty.statusAsOf),
    statusSourceUrl: detail.treaty.statusSourceUrl,
    date: partialIsoDate(date),
    organisation: org ?? null,
    parties: countParties(rows),
    participants: statusRowsToJson(rows),
  })
}
