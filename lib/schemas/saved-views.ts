import { z } from 'zod'
import { compareSearchParams, parseAgesQuery, parseCompareQuery, parseDefinitionsQuery } from './compare'
import { gapPageParamsSchema } from './gaps'

/**
 * Saved views (issue 17 item 4): a signed-in user keeps a comparison or gap view under a name.
 * The query is stored as that page's own parser reads it, so a saved view opens exactly what the
 * page would show, and junk in the form never reaches the database.
 */
export const savedViewPages = ['compare', 'compare/definitions', 'compare/ages', 'gaps'] as const
export type SavedViewPage = (typeof savedViewPages)[number]

/** What a view follows for "changed since you last looked". */
export type SavedViewSubjects = {
  jurisdictions: string[]
  standard?: string
  topic?: string
  instrumentUri?: string
}
export type NormalisedView = { page: SavedViewPage; query: string; subjects: SavedViewSubjects }

export const MAX_SAVED_VIEWS = 100

/** The page's query, re-read by its own parser; null when it holds nothing to follow. */
export function normaliseSavedView(page: SavedViewPage, rawQuery: string): NormalisedView | null {
  const input = new URLSearchParams(rawQuery)
  if (page === 'gaps') {
    const params = gapPageParamsSchema.parse(Object.fromEntries(input))
    if (!params.standard) return null
    const q = new URLSearchParams()
    q.set('standard', params.standard)
    if (params.asOf) q.set('asOf', params.asOf)
    if (params.region) q.set('region', params.region)
    if (params.org) q.set('org', params.org)
    if (params.kind) q.set('kind', params.kind)
    if (params.show !== 'all') q.set('show', params.show)
    if (params.sort !== 'name') q.set('sort', params.sort)
    return { page, query: q.toString(), subjects: { jurisdictions: [], standard: params.standard } }
  }
  if (page === 'compare/ages') {
    const { query } = parseAgesQuery(input)
    if (!query.jurisdictions.length) return null
    return { page, query: compareSearchParams(query).toString(), subjects: { jurisdictions: query.jurisdictions } }
  }
  if (page === 'compare/definitions') {
    const { query } = parseDefinitionsQuery(input)
    if (!query.jurisdictions.length) return null
    return {
      page,
      query: compareSearchParams(query).toString(),
      subjects: { jurisdictions: query.jurisdictions, instrumentUri: query.column },
    }
  }
  const { query } = parseCompareQuery(input)
  if (!query.jurisdictions.length) return null
  return {
    page,
    query: compareSearchParams(query).toString(),
    subjects: {
      jurisdictions: query.jurisdictions,
      topic: query.by === 'topic' ? query.topic : undefined,
      standard: query.by === 'criterion' ? query.criterion?.split('/')[0] : undefined,
      instrumentUri: query.column,
    },
  }
}

/** Where a saved view opens. */
export const savedViewHref = (view: { page: string; query: string }) =>
  `/${view.page}${view.query ? `?${view.query}` : ''}`

const viewId = z.string().trim().min(1, 'Missing identifier').max(64)
const version = z.coerce.number({ error: 'Missing version' }).int().min(1)
const viewName = z
  .string({ error: 'Give the view a name' })
  .trim()
  .min(1, 'Give the view a name')
  .max(120, 'Use at most 120 characters')

export const saveViewSchema = z
  .object({
    name: viewName,
    page: z.enum(savedViewPages, { error: 'This page cannot be saved as a view' }),
    query: z.string().max(2000, 'This view’s address is too long to save').default(''),
  })
  .transform((input, ctx) => {
    const view = normaliseSavedView(input.page, input.query)
    if (!view) {
      ctx.addIssue({
        code: 'custom',
        path: ['query'],
        message:
          input.page === 'gaps'
            ? 'Choose a standard before saving this view'
            : 'Choose at least one jurisdiction before saving this view',
      })
      return z.NEVER
    }
    return { name: input.name, ...view }
  })

export const renameViewSchema = z.object({ viewId, version, name: viewName })
export const viewRefSchema = z.object({ viewId })
