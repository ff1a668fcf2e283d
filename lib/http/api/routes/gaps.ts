import { getGapMatrix } from '@/lib/data/gaps/get-gap-matrix'
import { keepGapInputsFresh } from '@/lib/data/gaps/gap-input-refresher'
import { toGapCsv, toGapJson } from '@/lib/domain/gaps/serialise'
import { defineApiRoute } from '../define-api-route'
import { notFound } from '@/lib/http/api/path-params'
import { apiRoute } from '@/lib/schemas/api/routes'

/**
 * GET /api/v1/gaps?standard=<slug>[&asOf=YYYY-MM-DD|ratification][&region=150][&org=EU][&kind=state][&jurisdiction=GB…]
 *   [&show=assessed|all][&sort=name|score|gaps][&format=json|csv] — docs/gaps.md, docs/api.md
 */
export const route = defineApiRoute(apiRoute('gaps'), async ({ db, query }) => {
  const { format, jurisdiction, ...matrixQuery } = query
  keepGapInputsFresh(db)
  const result =
    (await getGapMatrix(db, { ...matrixQuery, codes: jurisdiction?.length ? jurisdiction : undefined })) ??
    notFound(`baseline standard ${query.standard}`)
  const source = {
    standard: result.standard,
    criteria: result.criteria,
    asOf: result.asOf,
    matrix: result.matrix,
    undatedMembers: result.undatedMembers,
  }
  if (format === 'csv')
    return {
      csv: { filename: `lexbridge-gaps-${query.standard}-${query.asOf ?? 'today'}.csv`, text: toGapCsv(source) },
    }
  const filters = {
    region: query.region ?? null,
    org: query.org ?? null,
    kind: query.kind ?? null,
    show: query.show,
    sort: query.sort,
  }
  return { data: toGapJson(source, filters) }
})
