import { getApiJurisdiction } from '@/lib/data/api/jurisdictions'
import { defineApiRoute } from '../define-api-route'
import { jurisdictionCodeParam, notFound } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/jurisdictions/{code} — docs/api.md */
export const route = defineApiRoute(apiRoute('getJurisdiction'), async ({ db, params }) => {
  const code = jurisdictionCodeParam(params)
  return { data: (await getApiJurisdiction(db, { code })) ?? notFound(`jurisdiction ${code}`) }
})
