import { findApiDefinitions } from '@/lib/data/api/definitions-ages'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/definitions?concept=&jurisdiction=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listDefinitions'), ({ db, query }) => findApiDefinitions(db, query))
