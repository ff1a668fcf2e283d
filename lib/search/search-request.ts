import { instrumentKindLabels } from '@/lib/schemas/enum-labels'
import {
  instrumentKindParams,
  SEARCH_PAGE_SIZE,
  verificationParams,
  type SearchFilterParam,
  type SearchParams,
} from '@/lib/schemas/search'
import type { FacetKey, SearchFilters, SearchRequest } from './search-port'

/**
 * URL parameters (lower-case, kebab) ↔ the stored values the engines filter on (enum names).
 * Pure, shared by the page, the API and the tests.
 */
const kindToParam = Object.fromEntries(
  Object.entries(instrumentKindParams).map(([param, kind]) => [kind, param]),
) as Record<string, string>
const verificationToParam = Object.fromEntries(
  Object.entries(verificationParams).map(([param, value]) => [value, param]),
) as Record<string, string>

export function toSearchFilters(params: Partial<SearchParams>): SearchFilters {
  return {
    type: params.type,
    jurisdiction: params.jurisdiction,
    region: params.region,
    kind: params.kind ? instrumentKindParams[params.kind] : undefined,
    topic: params.topic,
    concept: params.concept,
    year: params.year,
    verification: params.verification ? verificationParams[params.verification] : undefined,
    language: params.language,
  }
}

export function toSearchRequest(params: SearchParams, pageSize = SEARCH_PAGE_SIZE): SearchRequest {
  return {
    q: params.q,
    filters: toSearchFilters(params),
    sort: params.sort,
    page: params.page,
    pageSize,
    exact: params.exact === '1',
  }
}

/** A facet value as the engines return it → the URL parameter value that selects it. */
export function facetValueToParam(key: FacetKey, value: string): string {
  if (key === 'kind') return kindToParam[value] ?? value.toLowerCase()
  if (key === 'verification') return verificationToParam[value] ?? value.toLowerCase()
  return value
}

export function hasFilters(params: Partial<SearchParams>): boolean {
  return (
    [
      'type',
      'jurisdiction',
      'region',
      'kind',
      'topic',
      'concept',
      'year',
      'verification',
      'language',
    ] as SearchFilterParam[]
  ).some((key) => params[key] !== undefined)
}

const typeLabels: Record<string, string> = {
  provision: 'Provisions',
  definition: 'Definitions',
  instrument: 'Instruments',
  jurisdiction: 'Jurisdictions',
}
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** Labels that need no database: document type, instrument kind, verification, language, year. */
export function staticFacetLabel(key: FacetKey, value: string): string | undefined {
  switch (key) {
    case 'type':
      return typeLabels[value] ?? value
    case 'kind':
      return instrumentKindLabels[value as keyof typeof instrumentKindLabels] ?? value
    case 'verification':
      return value === 'VERIFIED' ? 'Verified' : 'Needs review'
    case 'language':
      try {
        return languageNames.of(value) ?? value
      } catch {
        return value
      }
    case 'year':
      return value
    default:
      return undefined
  }
}
