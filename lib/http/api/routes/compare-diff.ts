import { getProvisionDiff } from '@/lib/data/compare/get-provision-diff'
import { defineApiRoute } from '../define-api-route'
import { ApiProblem } from '@/lib/http/api/problem'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/compare/diff?a=<provision id>&b=<provision id>: both provisions and the word-level diff. */
export const route = defineApiRoute(apiRoute('compareDiff'), async ({ db, query }) => {
  const diff = await getProvisionDiff(db, { a: query.a, b: query.b })
  if ('missing' in diff) throw new ApiProblem(404, `No published provision for ${diff.missing.join(' and ')}.`)
  return { data: diff }
})
