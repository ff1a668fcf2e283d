import { getCompareMatrix } from '@/lib/data/compare/get-compare-matrix'
import { matrixToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { publicOrigin } from '@/lib/http/public-origin'
import { defineApiRoute } from '../define-api-route'
import { notFound } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/**
 * GET /api/v1/compare?jurisdiction=GB&jurisdiction=DE&by=topic|concept|criterion&topic=&concept=&criterion=&column=&format=json|csv
 * The matrix the /compare page shows (docs/compare.md); `j` and `col` are accepted as the old names.
 */
export const route = defineApiRoute(apiRoute('compare'), async ({ db, query, request }) => {
  const { format, jurisdiction, ...rest } = query
  const matrix =
    (await getCompareMatrix(db, { ...rest, jurisdictions: jurisdiction })) ?? notFound(`criterion ${query.criterion}`)
  if (format === 'csv')
    return {
      csv: {
        filename: `lexbridge-compare-${matrix.by}-${jurisdiction.join('-')}.csv`,
        rows: matrixToCsvRows(matrix, publicOrigin(request, env.APP_URL)),
      },
    }
  return { data: matrix }
})
