import { findApiChanges } from '@/lib/data/api/changes'
import { defineApiRoute } from '@/lib/http/api/define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/changes?since=&limit=&cursor= — docs/api.md */
const route = defineApiRoute(apiRoute('listChanges'), ({ db, query }) =>
  findApiChanges(db, { ...query, since: new Date(query.since.length === 10 ? `${query.since}T00:00:00Z` : query.since) }),
)
export const GET = route.GET
export const OPTIONS = route.OPTIONS
