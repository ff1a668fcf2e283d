import 'server-only'
import { db } from '@/lib/db'
import { holdsOneSession } from '@/lib/db/holds-one-session'
import { databaseKeyOf } from '@/lib/db/prisma'
import { readDataStamp } from '@/lib/data/api/read-data-stamp'
import { limitConcurrency } from '@/lib/domain/limit-concurrency'
import { createVersionCache, type VersionCache } from '@/lib/domain/version-cache'
import { SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE, type SearchParams } from '@/lib/schemas/search'
import { broaderSearches, type BroaderSearch } from './broader-searches'
import { getSearchEngines } from './engine'
import { expandSynonyms, highlightPhrases } from './expand-query'
import { keepMatchedHighlights } from './highlight'
import { loadFacetLabels } from './facet-labels'
import { parseQuery } from './query-parser'
import { facetValueToParam, hasFilters, toSearchFilters, toSearchRequest } from './search-request'
import {
  facetKeys,
  type EngineResult,
  type FacetKey,
  type SearchEngineName,
  type SearchHit,
  type SearchRequest,
} from './search-port'

/**
 * Search as the page and the API see it: runs the engine (falling back to the embedded one if
 * Meilisearch fails), labels the facets, explains synonyms and corrections, and finds wider
 * searches when nothing matched.
 */
type FacetOption = { value: string; label: string; count: number; selected: boolean }
export type FacetGroup = { key: FacetKey; label: string; options: FacetOption[] }
export type SearchOutcome = {
  params: SearchParams
  engine: SearchEngineName
  /** Meilisearch failed and the embedded engine answered */
  degraded: boolean
  total: number
  pageSize: number
  pageCount: number
  hits: SearchHit[]
  facets: FacetGroup[]
  correctedQuery?: string
  synonyms: { typed: string; synonyms: string[] }[]
  broader: (BroaderSearch & { count: number })[]
}

const facetLabels: Record<FacetKey, string> = {
  type: 'Record type',
  jurisdiction: 'Jurisdiction',
  region: 'Region',
  kind: 'Instrument kind',
  topic: 'Topic',
  concept: 'Concept',
  year: 'Year (in force, else adopted)',
  verification: 'Verification',
  language: 'Language',
}
const MAX_OPTIONS = 50

async function run(
  request: SearchRequest,
): Promise<{ result: EngineResult; engine: SearchEngineName; degraded: boolean }> {
  const { primary, fallback } = getSearchEngines()
  try {
    return { result: await primary.search(request), engine: primary.name, degraded: false }
  } catch (error) {
    if (primary === fallback) throw error
    console.warn(`[search] ${primary.name} failed, answering from the embedded engine: ${(error as Error).message}`)
    return { result: await fallback.search(request), engine: fallback.name, degraded: true }
  }
}

/** True when there is something to search for: words, or at least one filter. */
export function isSearchable(params: SearchParams) {
  return Boolean(params.q) || hasFilters(params)
}

/**
 * Answers of the embedded engine, kept under the data version (decision 0801): it reads the
 * committed tables, so an answer holds until the next commit. The commonest words are what people
 * type and the costliest to rank and count (README "Performance"), and every reader after the
 * first gets them from memory. Meilisearch answers are not kept: its index catches up after the
 * commit, so an answer at version N may predate the change.
 */
const outcomes = createVersionCache<SearchOutcome>({
  name: 'search',
  maxEntries: 1000,
  maxBytes: 32 * 1024 * 1024,
  sizeOf: (outcome) => JSON.stringify(outcome).length * 2,
})

/**
 * How many records a wider search finds, for the offers made when a search finds nothing. Kept
 * under the data version with the embedded engine like whole answers: "child" without filters is
 * the same count for every jurisdiction a reader tried first.
 */
const counts = createVersionCache<number>({
  name: 'search-count',
  maxEntries: 5000,
  maxBytes: 1024 * 1024,
  sizeOf: () => 64,
})

async function countMatches(params: SearchParams): Promise<number> {
  const count = async () => (await run(toSearchRequest(params, 1))).result.total
  if (getSearchEngines().primary.name !== 'embedded') return count()
  return keptUnderDataVersion(counts, sortedJson(params), count)
}

/** `compute`'s value for `key`, computed once per data version of the app's database. */
async function keptUnderDataVersion<T>(cache: VersionCache<T>, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await readDataStamp(db)
  return (await cache.get(databaseKeyOf(db), stamp.version, key, compute)).value
}

/**
 * On the embedded database searches run a few at a time, first come first served: each runs several
 * statements, and there each statement queues behind those of every search in flight (README "Performance": with fifty at once the slowest took over two seconds). The counts
 * of wider searches run inside their search's turn, never through this limit (that could deadlock).
 */
const embeddedSearches = limitConcurrency(4)

const sortedJson = (value: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))))

export async function searchLaw(params: SearchParams, pageSize = SEARCH_PAGE_SIZE): Promise<SearchOutcome> {
  if (getSearchEngines().primary.name !== 'embedded') return searchUncached(params, pageSize)
  return keptUnderDataVersion(outcomes, `${pageSize}|${sortedJson(params)}`, async () =>
    (await holdsOneSession(db))
      ? embeddedSearches(() => searchUncached(params, pageSize))
      : searchUncached(params, pageSize),
  )
}

async function searchUncached(params: SearchParams, pageSize: number): Promise<SearchOutcome> {
  const { result, engine, degraded } = await run(toSearchRequest(params, pageSize))
  const filters = toSearchFilters(params)
  const selected: Partial<Record<FacetKey, string>> = {}
  for (const key of facetKeys) if (filters[key] !== undefined) selected[key] = String(filters[key])
  const label = await loadFacetLabels(db, result.facets, selected)

  const facets: FacetGroup[] = facetKeys.map((key) => {
    const counts = [...result.facets[key]]
    if (selected[key] && !counts.some((c) => c.value === selected[key]))
      counts.push({ value: selected[key]!, count: 0 })
    const options = counts
      .map((c) => ({
        value: facetValueToParam(key, c.value),
        label: label(key, c.value),
        count: c.count,
        selected: c.value === selected[key],
      }))
      .sort((a, b) =>
        key === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.label.localeCompare(b.label),
      )
      .slice(0, MAX_OPTIONS)
    return { key, label: facetLabels[key], options }
  })

  const searchedQuery = result.correctedQuery ?? params.q
  const clauses = expandSynonyms(parseQuery(searchedQuery))
  // Marks only where a searched word or a whole synonym phrase stands, whichever engine answered.
  const phrases = highlightPhrases(searchedQuery)
  const hits = result.hits.map((hit) => ({ ...hit, snippet: keepMatchedHighlights(hit.snippet, phrases) }))
  const synonyms = clauses
    .filter((c) => c.synonyms.length)
    .map((c) => ({ typed: c.alternatives[0], synonyms: c.synonyms }))

  let broader: SearchOutcome['broader'] = []
  if (result.total === 0) {
    const candidates = broaderSearches(params, result.correctedQuery)
    const counted = await Promise.all(
      candidates.map(async (candidate) => ({
        ...candidate,
        count: await countMatches({ sort: 'relevance', page: 1, q: '', ...candidate.params }),
      })),
    )
    broader = counted.filter((c) => c.count > 0)
  }

  return {
    params,
    engine,
    degraded,
    total: result.total,
    pageSize,
    pageCount: Math.min(SEARCH_MAX_PAGE, Math.ceil(result.total / pageSize)),
    hits,
    facets,
    correctedQuery: result.correctedQuery,
    synonyms,
    broader,
  }
}
