import { encodeCursor } from '@/lib/domain/api-cursor'
import { cursorKey } from '@/lib/data/api/shape'
import { env } from '@/lib/env'
import { defineApiRoute } from '../define-api-route'
import { ApiProblem } from '@/lib/http/api/problem'
import { apiRoute } from '@/lib/schemas/api/routes'
import { SEARCH_MAX_PAGE } from '@/lib/schemas/search'
import { isSearchable, searchLaw } from '@/lib/search/search-law'
import { toApiResult } from '@/lib/search/to-api-result'

/**
 * GET /api/v1/search — the filters of /search (docs/search.md) in the common contract (docs/api.md):
 * `limit` and `cursor` instead of page numbers. Cached under the data version only with the
 * embedded engine: a Meilisearch index catches up after the commit, so its answers are not tied
 * to the version.
 */
export const route = defineApiRoute(
  apiRoute('search'),
  async ({ query }) => {
    const { limit, cursor, ...filters } = query
    const page = Number(cursorKey(cursor, 1)?.[0] ?? 1)
    if (!Number.isInteger(page) || page < 1 || page > SEARCH_MAX_PAGE)
      throw new ApiProblem(400, 'The cursor is not one this API gave out.', [
        { parameter: 'cursor', message: 'Use page.nextCursor as given' },
      ])
    const params = { ...filters, page }
    if (!isSearchable(params))
      throw new ApiProblem(400, 'Give search words (q) or at least one filter.', [
        { parameter: 'q', message: 'Required without a filter' },
      ])
    const {
      query: _echo,
      page: _page,
      pageSize: _size,
      pageCount,
      ...result
    } = toApiResult(await searchLaw(params, limit))
    return {
      data: { query: { ...filters }, ...result },
      page: { nextCursor: page < pageCount ? encodeCursor([page + 1]) : null, limit },
    }
  },
  { cacheable: () => !env.MEILISEARCH_HOST },
)
