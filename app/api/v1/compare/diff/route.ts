import { db } from '@/lib/db'
import { getProvisionDiff } from '@/lib/data/compare/get-provision-diff'
import { apiError, invalidParameters, jsonData } from '@/lib/http/api-response'
import { parseDiffQuery } from '@/lib/schemas/compare'

/** GET /api/v1/compare/diff?a=<provision id>&b=<provision id>: both provisions and the word-level diff (JSON). */
export async function GET(request: Request) {
  const { query, problems } = parseDiffQuery(new URL(request.url).searchParams)
  const all = [...problems]
  if (!query.a || !query.b) all.push({ param: query.a ? 'b' : 'a', code: 'missing', message: 'Give two provision ids: a=…&b=….' })
  if (all.length) return invalidParameters(all)
  const diff = await getProvisionDiff(db, { a: query.a!, b: query.b! })
  if ('missing' in diff) return apiError(404, 'not_found', `No published provision for ${diff.missing.join(' and ')}.`)
  return jsonData(diff)
}
