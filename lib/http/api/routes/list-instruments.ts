import { findApiInstruments } from '@/lib/data/api/instruments'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/instruments?jurisdiction=&kind=&status=&inForceOn=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listInstruments'), ({ db, query }) => findApiInstruments(db, query))
