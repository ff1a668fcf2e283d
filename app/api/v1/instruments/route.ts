import { findApiInstruments } from '@/lib/data/api/instruments'
import { defineApiRoute } from '@/lib/http/api/define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/instruments?jurisdiction=&kind=&status=&inForceOn=&limit=&cursor= — docs/api.md */
const route = defineApiRoute(apiRoute('listInstruments'), ({ db, query }) => findApiInstruments(db, query))
export const GET = route.GET
export const OPTIONS = route.OPTIONS
