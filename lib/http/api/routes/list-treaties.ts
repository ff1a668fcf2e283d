import { findApiTreaties } from '@/lib/data/api/treaties'
import { todayUtc } from '@/lib/domain/gaps/validity-at'
import { defineApiRoute } from '../define-api-route'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/treaties?asOf=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listTreaties'), ({ db, query }) =>
  findApiTreaties(db, { ...query, asOf: query.asOf ? new Date(`${query.asOf}T00:00:00Z`) : todayUtc() }),
)
