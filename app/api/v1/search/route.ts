import { NextResponse, type NextRequest } from 'next/server'
import { searchParamsSchema } from '@/lib/schemas/search'
import { isSearchable, searchLaw } from '@/lib/search/search-law'
import { toApiResult } from '@/lib/search/to-api-result'

/**
 * GET /api/v1/search — the same parameters as /search (see docs/search.md). Malformed or unknown
 * parameters are a 400 that says which; only an unexpected failure is a 500, without details.
 */
export async function GET(request: NextRequest) {
  const raw: Record<string, string> = {}
  for (const [key, value] of request.nextUrl.searchParams) if (!(key in raw)) raw[key] = value
  const parsed = searchParamsSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ parameter: issue.path.join('.') || (issue as { keys?: string[] }).keys?.join(', ') || '(query)', message: issue.message }))
    return NextResponse.json({ error: { code: 'invalid_parameters', message: 'Some search parameters are not valid.', issues } }, { status: 400 })
  }
  if (!isSearchable(parsed.data)) {
    return NextResponse.json({ error: { code: 'missing_query', message: 'Give search words (q) or at least one filter.', issues: [] } }, { status: 400 })
  }
  try {
    const outcome = await searchLaw(parsed.data)
    return NextResponse.json(toApiResult(outcome), { headers: { 'Cache-Control': 'no-store' } })
  } catch (error) {
    console.error('[api/v1/search]', error)
    return NextResponse.json({ error: { code: 'search_failed', message: 'Search is not available right now. Please try again.' } }, { status: 500 })
  }
}
