import { findApiAssessments } from '@/lib/data/api/standards'
import { defineApiRoute } from '../define-api-route'
import { notFound, slugParam } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/** GET /api/v1/standards/{slug}/assessments?jurisdiction=&criterion=&limit=&cursor= — docs/api.md */
export const route = defineApiRoute(apiRoute('listAssessments'), async ({ db, params, query }) => {
  const slug = slugParam(params)
  return (await findApiAssessments(db, { ...query, slug })) ?? notFound(`baseline standard ${slug}`)
})
