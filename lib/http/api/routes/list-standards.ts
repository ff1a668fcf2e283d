import { findApiStandards } from '@/lib/data/api/standards'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/standards?limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listStandards'), ({ db, query }) => findApiStandards(db, query))
