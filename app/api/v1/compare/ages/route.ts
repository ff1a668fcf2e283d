import { db } from '@/lib/db'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { agesToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { csvDownload, exportOrigin, invalidParameters, jsonData } from '@/lib/http/api-response'
import { parseAgesQuery, parseExportFormat } from '@/lib/schemas/compare'

/** GET /api/v1/compare/ages?j=GB&j=DE[&format=csv]: age benchmarks in force and the age-consistency check (JSON). */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams
  const { query, problems } = parseAgesQuery(search)
  const format = parseExportFormat(search)
  const all = [...problems, ...format.problems]
  if (!query.jurisdictions.length) all.push({ param: 'j', code: 'missing', message: 'Give 1 to 8 jurisdictions as repeated j parameters, e.g. j=GB&j=DE.' })
  if (all.length) return invalidParameters(all)

  const comparison = await findAgeComparison(db, { jurisdictions: query.jurisdictions })
  if (format.query === 'csv') return csvDownload(`lexbridge-ages-${query.jurisdictions.join('-')}.csv`, agesToCsvRows(comparison, exportOrigin(request, env.APP_URL)))
  return jsonData(comparison)
}
