/**
 * The search port: what both engines (Meilisearch and the embedded Postgres engine) accept and
 * return. Values are stored forms (enum names, codes, slugs); lib/search/search-law.ts turns them
 * into labels and URL parameters.
 */
export type SearchDocumentType = 'provision' | 'definition' | 'instrument' | 'jurisdiction'

/** One searchable record, as indexed by Meilisearch and as rebuilt from Postgres rows for hits. */
export type SearchDocument = {
  /** `<type>-<entityId>` (Meilisearch ids allow letters, digits, - and _ only) */
  id: string
  type: SearchDocumentType
  entityId: string
  title: string
  text: string
  citation: string | null
  /** Instrument and jurisdiction the record belongs to, for the result line */
  context: string | null
  url: string
  jurisdiction: string | null
  jurisdictionName: string | null
  region: string | null
  kind: string | null
  topics: string[]
  concepts: string[]
  year: number | null
  /** ISO date used for sorting (in force, else adopted) */
  date: string | null
  /** The same date as a number (YYYYMMDD), because Meilisearch sorts numbers */
  dateSort: number | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW'
  language: string | null
  /** Ids of the rows this document hangs under, so a hard-deleted instrument or jurisdiction can
   * take its documents out of Meilisearch even after the rows are gone */
  ancestorIds: string[]
}

export type SearchFilters = {
  type?: SearchDocumentType
  jurisdiction?: string
  region?: string
  kind?: string
  topic?: string
  concept?: string
  year?: number
  verification?: 'VERIFIED' | 'NEEDS_REVIEW'
  language?: string
}

export type SearchSort = 'relevance' | 'newest' | 'oldest'

export type SearchRequest = {
  q: string
  filters: SearchFilters
  sort: SearchSort
  page: number
  pageSize: number
  /** Search the words as typed (no typo correction) */
  exact?: boolean
}

export type FacetKey =
  'type' | 'jurisdiction' | 'region' | 'kind' | 'topic' | 'concept' | 'year' | 'verification' | 'language'
export const facetKeys: FacetKey[] = [
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
/** The document field each facet counts (topics and concepts are lists). */
export const facetFields: Record<FacetKey, keyof SearchDocument> = {
  type: 'type',
  jurisdiction: 'jurisdiction',
  region: 'region',
  kind: 'kind',
  topic: 'topics',
  concept: 'concepts',
  year: 'year',
  verification: 'verification',
  language: 'language',
}

type FacetCount = { value: string; count: number }
export type FacetCounts = Record<FacetKey, FacetCount[]>

export type SearchHit = {
  document: SearchDocument
  /** Text around the match; matched words are wrapped in HIGHLIGHT_START / HIGHLIGHT_END */
  snippet: string
}

export type EngineResult = {
  total: number
  hits: SearchHit[]
  facets: FacetCounts
  /** The query actually searched when words were corrected ("groomng" → "grooming") */
  correctedQuery?: string
}

export type SearchEngineName = 'embedded' | 'meilisearch'

export interface SearchEngine {
  readonly name: SearchEngineName
  search(request: SearchRequest): Promise<EngineResult>
}

export function emptyFacets(): FacetCounts {
  return {
    type: [],
    jurisdiction: [],
    region: [],
    kind: [],
    topic: [],
    concept: [],
    year: [],
    verification: [],
    language: [],
  }
}
