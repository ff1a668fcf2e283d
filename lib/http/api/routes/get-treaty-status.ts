import { getApiTreatyStatus } from '@/lib/data/api/treaties'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { defineApiRoute } from '../define-api-route'
import { notFound, pathSegments, uriFromSegments } from '@/lib/http/api/path-params'
import { ApiProblem } from '@/lib/http/api/problem'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/treaties/{treaty URI}/status[?asOf=&jurisdiction=] — docs/api.md */
export const route = defineApiRoute(apiRoute('getTreatyStatus'), async ({ db, params, query }) => {
  const segments = pathSegments(params, 'path')
  if (segments.at(-1) !== 'status')
    throw new ApiProblem(404, 'Treaty routes are /api/v1/treaties and /api/v1/treaties/{uri}/status.')
  const uri = uriFromSegments(segments.slice(0, -1))
  const asOf = query.asOf ? new Date(`${query.asOf}T00:00:00Z`) : todayUtc()
  return {
    data: (await getApiTreatyStatus(db, { uri, asOf, jurisdiction: query.jurisdiction })) ?? notFound(`treaty ${uri}`),
  }
})
