import { NextResponse } from 'next/server'
import { db } from '@/lib/db'
import { keepGapInputsFresh } from '@/lib/data/gaps/gap-input-refresher'
import { getGapMatrix } from '@/lib/data/gaps/get-gap-matrix'
import { toGapCsv, toGapJson } from '@/lib/domain/gaps/serialise'
import { gapApiParamsSchema } from '@/lib/schemas/gaps'

/**
 * GET /api/v1/gaps?standard=<slug>[&asOf=YYYY-MM-DD|ratification][&region=150][&org=EU][&kind=state]
 *   [&show=assessed|all][&sort=name|score|gaps][&format=json|csv]
 * Documented in docs/gaps.md; the JSON body's JSON Schema is at /api/v1/gaps/schema.
 */
export async function GET(request: Request) {
  const params = gapApiParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!params.success) {
    return NextResponse.json(
      { error: 'invalid_parameters', issues: params.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })) },
      { status: 400 },
    )
  }
  const { format, ...query } = params.data
  keepGapInputsFresh(db) // the cache refresher (decision 0304), started once per server
  const result = await getGapMatrix(db, query)
  if (!result) return NextResponse.json({ error: 'not_found', message: `No baseline standard "${query.standard}".` }, { status: 404 })

  const source = { standard: result.standard, criteria: result.criteria, asOf: result.asOf, matrix: result.matrix }
  const name = `lexbridge-gaps-${query.standard}-${query.asOf ?? 'today'}`
  if (format === 'csv') {
    return new NextResponse(toGapCsv(source), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
    })
  }
  const filters = { region: query.region ?? null, org: query.org ?? null, kind: query.kind ?? null, show: query.show, sort: query.sort }
  return NextResponse.json(toGapJson(source, filters), { headers: { 'Content-Disposition': `inline; filename="${name}.json"` } })
}
