import { findDefinitionsMatrix } from '@/lib/data/compare/find-definitions-matrix'
import { definitionsToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { publicOrigin } from '@/lib/http/public-origin'
import { defineApiRoute } from '../define-api-route'
import { notFound } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/compare/definitions?concept=csam&jurisdiction=GB&jurisdiction=DE[&column=…][&format=csv] */
export const route = defineApiRoute(apiRoute('compareDefinitions'), async ({ db, query, request }) => {
  const matrix =
    (await findDefinitionsMatrix(db, {
      concept: query.concept,
      jurisdictions: query.jurisdiction,
      column: query.column,
    })) ?? notFound(`concept ${query.concept}`)
  if (query.format === 'csv') {
    return {
      csv: {
        filename: `lexbridge-definitions-${matrix.concept.slug}-${query.jurisdiction.join('-')}.csv`,
        rows: definitionsToCsvRows(matrix, publicOrigin(request, env.APP_URL)),
      },
    }
  }
  return { data: matrix }
})
