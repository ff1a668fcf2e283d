import { db } from '@/lib/db'
import { findDefinitionsMatrix } from '@/lib/data/compare/find-definitions-matrix'
import { definitionsToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { apiError, csvDownload, exportOrigin, invalidParameters, jsonData } from '@/lib/http/api-response'
import { parseDefinitionsQuery, parseExportFormat } from '@/lib/schemas/compare'

/** GET /api/v1/compare/definitions?concept=csam&j=GB&j=DE[&col=…][&format=csv]: definitions and the feature table. */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams
  const { query, problems } = parseDefinitionsQuery(search)
  const format = parseExportFormat(search)
  const all = [...problems, ...format.problems]
  if (!query.concept) all.push({ param: 'concept', code: 'missing', message: 'Give a concept, e.g. concept=csam.' })
  if (!query.jurisdictions.length) all.push({ param: 'j', code: 'missing', message: 'Give 1 to 8 jurisdictions as repeated j parameters, e.g. j=GB&j=DE.' })
  if (all.length) return invalidParameters(all)

  const matrix = await findDefinitionsMatrix(db, { concept: query.concept!, jurisdictions: query.jurisdictions, column: query.column })
  if (!matrix) return apiError(404, 'not_found', `No concept ${query.concept}.`)
  if (format.query === 'csv') return csvDownload(`lexbridge-definitions-${matrix.concept.slug}-${query.jurisdictions.join('-')}.csv`, definitionsToCsvRows(matrix, exportOrigin(request, env.APP_URL)))
  return jsonData(matrix)
}
