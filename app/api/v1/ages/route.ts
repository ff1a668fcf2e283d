import { findApiAges } from '@/lib/data/api/definitions-ages'
import { defineApiRoute } from '@/lib/http/api/define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/ages?kind=&jurisdiction=&asOf=&limit=&cursor= — docs/api.md */
const route = defineApiRoute(apiRoute('listAges'), ({ db, query }) => findApiAges(db, query))
export const GET = route.GET
export const OPTIONS = route.OPTIONS
