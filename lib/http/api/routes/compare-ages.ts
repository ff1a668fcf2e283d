import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { agesToCsvRows } from '@/lib/domain/compare-export'
import { env } from '@/lib/env'
import { publicOrigin } from '@/lib/http/public-origin'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/compare/ages?jurisdiction=GB&jurisdiction=DE[&format=csv]: age benchmarks in force and the age-consistency check. */
export const route = defineApiRoute(apiRoute('compareAges'), async ({ db, query, request }) => {
  const comparison = await findAgeComparison(db, { jurisdictions: query.jurisdiction })
  if (query.format === 'csv')
    return {
      csv: {
        filename: `lexbridge-ages-${query.jurisdiction.join('-')}.csv`,
        rows: agesToCsvRows(comparison, publicOrigin(request, env.APP_URL)),
      },
    }
  return { data: comparison }
})
