import { findApiChanges } from '@/lib/data/api/changes'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/changes?since=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listChanges'), ({ db, query }) =>
  findApiChanges(db, {
    ...query,
    since: new Date(query.since.length === 10 ? `${query.since}T00:00:00Z` : query.since),
  }),
)
