import { findApiJurisdictions } from '@/lib/data/api/jurisdictions'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/jurisdictions?kind=&region=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listJurisdictions'), ({ db, query }) => findApiJurisdictions(db, query))
