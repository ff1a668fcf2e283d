import { findApiJurisdictions } from '@/lib/data/api/jurisdictions'
import { defineApiRoute } from '@/lib/http/api/define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/jurisdictions?kind=&region=&limit=&cursor= — docs/api.md */
const route = defineApiRoute(apiRoute('listJurisdictions'), ({ db, query }) => findApiJurisdictions(db, query))
export const GET = route.GET
export const OPTIONS = route.OPTIONS
