import { createHash } from 'node:crypto'
import type { Settings } from 'meilisearch'
import { toMeilisearchSynonyms } from '../synonyms'
import { facetFields } from '../search-port'

/**
 * Index settings live here, in code, and are applied when the worker starts and on every reindex
 * (Meilisearch ignores a settings update that changes nothing).
 */
export const meilisearchSettings = {
  // Ranking order: what a reader scans first (heading/title) above the text, then citations.
  searchableAttributes: ['title', 'text', 'citation', 'context'],
  // ancestorIds is not a facet: it lets the worker delete what hung under a deleted row.
  filterableAttributes: [...new Set(Object.values(facetFields)), 'ancestorIds'],
  sortableAttributes: ['dateSort'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    // A citation such as "s. 10(3)" must match as written.
    disableOnAttributes: ['citation'],
  },
  synonyms: toMeilisearchSynonyms(),
  pagination: { maxTotalHits: 10_000 },
  // 250 jurisdictions must all be countable in the jurisdiction facet.
  faceting: { maxValuesPerFacet: 500 },
} satisfies Settings

export function settingsFingerprint(settings: Settings = meilisearchSettings): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16)
}
