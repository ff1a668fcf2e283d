import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight'
import type { SearchDocument } from '../search-port'
import { toMeilisearchFilter } from './filters'
import { toEngineResult } from './map-results'
import { meilisearchSettings, settingsFingerprint } from './settings'

describe('meilisearchSettings', () => {
  it('ranks title above text, filters every facet field and sorts by date', () => {
    expect(meilisearchSettings.searchableAttributes.indexOf('title')).toBeLessThan(
      meilisearchSettings.searchableAttributes.indexOf('text'),
    )
    expect(meilisearchSettings.filterableAttributes).toEqual([
      'type',
      'jurisdiction',
      'region',
      'kind',
      'topics',
      'concepts',
      'year',
      'verification',
      'language',
      'ancestorIds',
    ])
    expect(meilisearchSettings.sortableAttributes).toEqual(['dateSort'])
    expect(meilisearchSettings.typoTolerance.enabled).toBe(true)
  })

  it('carries the legal synonyms both ways', () => {
    expect(meilisearchSettings.synonyms['child pornography']).toContain('child sexual abuse material')
    expect(meilisearchSettings.synonyms['child sexual abuse material']).toContain('child pornography')
    expect(meilisearchSettings.synonyms['grooming']).toContain('solicitation of children for sexual purposes')
    expect(meilisearchSettings.synonyms['sextortion']).toEqual(['sexual extortion', 'sexually extorting'])
  })

  it('fingerprints settings so a change can be detected', () => {
    expect(settingsFingerprint()).toMatch(/^[0-9a-f]{16}$/)
    expect(settingsFingerprint({ ...meilisearchSettings, sortableAttributes: [] })).not.toBe(settingsFingerprint())
  })
})

describe('toMeilisearchFilter', () => {
  it('builds one quoted expression per filter', () => {
    expect(
      toMeilisearchFilter({
        type: 'provision',
        jurisdiction: 'GB',
        region: '150',
        kind: 'STATUTE',
        topic: 'offences.csam',
        concept: 'csam',
        year: 2023,
        verification: 'VERIFIED',
        language: 'eng',
      }),
    ).toEqual([
      'type = "provision"',
      'jurisdiction = "GB"',
      'region = "150"',
      'kind = "STATUTE"',
      'topics = "offences.csam"',
      'concepts = "csam"',
      'year = 2023',
      'verification = "VERIFIED"',
      'language = "eng"',
    ])
    expect(toMeilisearchFilter({})).toEqual([])
  })

  it('escapes quotes so a value cannot alter the expression', () => {
    expect(toMeilisearchFilter({ jurisdiction: 'GB" OR type = "x' })).toEqual(['jurisdiction = "GB\\" OR type = \\"x"'])
  })
})

describe('toEngineResult', () => {
  const document: SearchDocument = {
    id: 'provision-p1',
    type: 'provision',
    entityId: 'p1',
    title: 's. 3',
    text: 'grooming of a child',
    citation: null,
    context: null,
    url: '/x',
    jurisdiction: 'GB',
    jurisdictionName: 'United Kingdom',
    region: '150',
    kind: 'STATUTE',
    topics: ['offences.grooming'],
    concepts: [],
    year: 2020,
    date: '2020-01-01',
    dateSort: 20200101,
    verification: 'VERIFIED',
    language: 'eng',
    ancestorIds: ['j1'],
  }

  it('takes the highlighted crop as snippet and renames list facets', () => {
    const result = toEngineResult({
      hits: [{ ...document, _formatted: { text: `${HIGHLIGHT_START}grooming${HIGHLIGHT_END} of a child` } }],
      facetDistribution: { type: { provision: 1 }, topics: { 'offences.grooming': 1 }, year: { '2020': 1 } },
      totalHits: 7,
    })
    expect(result.total).toBe(7)
    expect(result.hits).toEqual([{ document, snippet: `${HIGHLIGHT_START}grooming${HIGHLIGHT_END} of a child` }])
    expect(result.facets.topic).toEqual([{ value: 'offences.grooming', count: 1 }])
    expect(result.facets.year).toEqual([{ value: '2020', count: 1 }])
    expect(result.facets.jurisdiction).toEqual([])
  })

  it('falls back to the start of the text when there is nothing highlighted', () => {
    expect(toEngineResult({ hits: [document], facetDistribution: undefined }).hits[0].snippet).toBe(
      'grooming of a child',
    )
  })
})
