import { z } from 'zod'
import { jurisdictionCodeSchema, slugSchema } from './common'
import { instrumentKindFromParam } from './instruments'

/**
 * Parameters of /search and GET /api/v1/search: one definition, two strictness levels. The page
 * drops a malformed value (a shared link with a typo still shows results); the API answers 400.
 */
const searchDocumentTypes = ['provision', 'definition', 'instrument', 'jurisdiction'] as const
const searchSorts = ['relevance', 'newest', 'oldest'] as const
/** The same URL values as /instruments (one list, in lib/schemas/instruments.ts). */
export const instrumentKindParams = instrumentKindFromParam
export const verificationParams = { verified: 'VERIFIED', 'needs-review': 'NEEDS_REVIEW' } as const

export const SEARCH_PAGE_SIZE = 20
export const SEARCH_MAX_PAGE = 50

const fields = {
  q: z.string().trim().max(200).default(''),
  type: z.enum(searchDocumentTypes).optional(),
  jurisdiction: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(jurisdictionCodeSchema)
    .optional(),
  region: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  kind: z
    .enum(
      Object.keys(instrumentKindParams) as [
        keyof typeof instrumentKindParams,
        ...(keyof typeof instrumentKindParams)[],
      ],
    )
    .optional(),
  topic: slugSchema.max(80).optional(),
  concept: slugSchema.max(80).optional(),
  year: z.coerce.number().int().min(1800).max(2200).optional(),
  verification: z.enum(['verified', 'needs-review']).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  sort: z.enum(searchSorts).default('relevance'),
  page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  /** "1": search the words as typed, without typo correction. */
  exact: z.enum(['1']).optional(),
}

export const searchParamsSchema = z.object(fields).strict()

export const lenientSearchParamsSchema = z.object({
  q: fields.q.catch(''),
  type: fields.type.catch(undefined),
  jurisdiction: fields.jurisdiction.catch(undefined),
  region: fields.region.catch(undefined),
  kind: fields.kind.catch(undefined),
  topic: fields.topic.catch(undefined),
  concept: fields.concept.catch(undefined),
  year: fields.year.catch(undefined),
  verification: fields.verification.catch(undefined),
  language: fields.language.catch(undefined),
  sort: fields.sort.catch('relevance'),
  page: fields.page.catch(1),
  exact: fields.exact.catch(undefined),
})

export type SearchParams = z.infer<typeof searchParamsSchema>
export type SearchFilterParam =
  'type' | 'jurisdiction' | 'region' | 'kind' | 'topic' | 'concept' | 'year' | 'verification' | 'language'
const searchFilterParams: SearchFilterParam[] = [
  'type',
  'jurisdiction',
  'region',
  'kind',
  'topic',
  'concept',
  'year',
  'verification',
  'language',
]

/** The URL (path and query) for a search, with defaults left out so links stay short. */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const key of searchFilterParams) {
    const value = params[key]
    if (value !== undefined && value !== '') query.set(key, String(value))
  }
  if (params.sort && params.sort !== 'relevance') query.set('sort', params.sort)
  if (params.page && params.page > 1) query.set('page', String(params.page))
  if (params.exact) query.set('exact', params.exact)
  const text = query.toString()
  return text ? `/search?${text}` : '/search'
}
