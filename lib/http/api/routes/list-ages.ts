import { findApiAges } from '@/lib/data/api/definitions-ages'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/ages?kind=&jurisdiction=&asOf=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listAges'), ({ db, query }) => findApiAges(db, query))
