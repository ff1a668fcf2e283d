import { getApiProvision } from '@/lib/data/api/instruments'
import { defineApiRoute } from '../define-api-route'
import { notFound, pathSegments, uriFromSegments } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'
import { eIdSchema } from '@/lib/schemas/common'
import { ApiProblem } from '@/lib/http/api/problem'

/** GET /api/v1/provisions/{expression URI}/{eId} — docs/api.md */
export const route = defineApiRoute(apiRoute('getProvision'), async ({ db, params }) => {
  const segments = pathSegments(params, 'path')
  const eId = eIdSchema.safeParse(segments.at(-1) ?? '')
  if (!eId.success || segments.length < 3)
    throw new ApiProblem(400, 'End the path with the provision eId, e.g. …/eng@2023-10-26/sec_10.', [
      { parameter: 'eId', message: 'Use an Akoma Ntoso eId such as sec_10' },
    ])
  const expressionUri = uriFromSegments(segments.slice(0, -1))
  return {
    data:
      (await getApiProvision(db, { expressionUri, eId: eId.data })) ??
      notFound(`provision ${eId.data} in ${expressionUri}`),
  }
})
