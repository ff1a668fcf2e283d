import { db } from '@/lib/db'
import { getCompareMatrix } from '@/lib/data/compare/get-compare-matrix'
import { matrixToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { apiError, csvDownload, exportOrigin, invalidParameters, jsonData } from '@/lib/http/api-response'
import { parseCompareQuery, parseExportFormat } from '@/lib/schemas/compare'

/**
 * GET /api/v1/compare?j=GB&j=DE&by=topic|concept|criterion&topic=…&concept=…&criterion=…&col=…&format=json|csv
 * The same matrix the /compare page shows. Documented in docs/compare.md.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams
  const { query, problems } = parseCompareQuery(search)
  const format = parseExportFormat(search)
  const all = [...problems, ...format.problems]
  if (!query.jurisdictions.length) all.push({ param: 'j', code: 'missing', message: 'Give 1 to 8 jurisdictions as repeated j parameters, e.g. j=GB&j=DE.' })
  if (query.by === 'criterion' && !query.criterion) all.push({ param: 'criterion', code: 'missing', message: 'Comparing by criterion needs criterion=<standard>/<code>, e.g. lanzarote-23/23.' })
  if (all.length) return invalidParameters(all)

  const matrix = await getCompareMatrix(db, query)
  if (!matrix) return apiError(404, 'not_found', `No published criterion ${query.criterion}.`)
  if (format.query === 'csv') return csvDownload(`lexbridge-compare-${matrix.by}-${query.jurisdictions.join('-')}.csv`, matrixToCsvRows(matrix, exportOrigin(request, env.APP_URL)))
  return jsonData(matrix)
}
