import { getApiInstrument } from '@/lib/data/api/instruments'
import { defineApiRoute } from '../define-api-route'
import { notFound, pathSegments, uriFromSegments } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/instruments/{work or expression URI}[?version=<expression URI>] — docs/api.md */
export const route = defineApiRoute(apiRoute('getInstrument'), async ({ db, params, query }) => {
  const uri = uriFromSegments(pathSegments(params, 'uri'))
  return {
    data:
      (await getApiInstrument(db, { uri, version: query.version })) ??
      notFound(`instrument or version ${query.version ?? uri}`),
  }
})
