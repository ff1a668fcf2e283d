import { findApiStandards } from '@/lib/data/api/standards'
import { defineApiRoute } from '@/lib/http/api/define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/standards?limit=&cursor= — docs/api.md */
const route = defineApiRoute(apiRoute('listStandards'), ({ db, query }) => findApiStandards(db, query))
export const GET = route.GET
export const OPTIONS = route.OPTIONS
