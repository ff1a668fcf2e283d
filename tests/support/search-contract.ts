import { beforeAll, describe, expect, it } from 'vitest'
import { stripHighlights, splitHighlights } from '@/lib/search/highlight'
import {
  facetFields,
  facetKeys,
  type SearchEngine,
  type SearchFilters,
  type SearchRequest,
} from '@/lib/search/search-port'
import type { SearchFixture } from './search-fixtures'

/**
 * The one contract both search engines pass. `setup` creates the fixture corpus
 * (tests/support/search-fixtures.ts), makes it searchable and returns the engine.
 */
export function describeSearchContract(
  name: string,
  setup: () => Promise<{ engine: SearchEngine; fixture: SearchFixture }>,
) {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine
    let f: SearchFixture
    beforeAll(async () => {
      ;({ engine, fixture: f } = await setup())
    })

    const search = (q: string, filters: SearchFilters = {}, extra: Partial<SearchRequest> = {}) =>
      engine.search({ q, filters, sort: 'relevance', page: 1, pageSize: 50, ...extra })
    const ids = async (q: string, filters: SearchFilters = {}, extra: Partial<SearchRequest> = {}) =>
      (await search(q, filters, extra)).hits.map((h) => h.document.entityId)

    it('finds a provision by a word of its heading, ranked above a match in the text only', async () => {
      const found = await ids('grooming', { type: 'provision' })
      expect(found).toContain(f.provisions.grooming)
      expect(found).toContain(f.provisions.markup)
      expect(found.indexOf(f.provisions.grooming)).toBeLessThan(found.indexOf(f.provisions.markup))
    })

    it('never finds unpublished, deleted or hidden-parent records', async () => {
      const result = await search('grooming')
      const texts = result.hits.map((h) => `${h.document.title} ${h.document.text}`).join(' | ')
      expect(texts).not.toMatch(/Unpublished text|Deleted text|Hidden Grooming Bill/)
    })

    it('highlights the match in the snippet and keeps markup in data as plain text', async () => {
      const hit = (await search('grooming')).hits.find((h) => h.document.entityId === f.provisions.markup)!
      expect(
        splitHighlights(hit.snippet)
          .filter((s) => s.highlighted)
          .map((s) => s.text.toLowerCase()),
      ).toContain('grooming')
      expect(stripHighlights(hit.snippet)).toContain('<script>alert(1)</script>')
    })

    it('tolerates a typo: "groomng" finds the grooming provision', async () => {
      expect(await ids('groomng')).toContain(f.provisions.grooming)
    })

    it('expands legal synonyms: "child pornography" finds CSAM wording, and back', async () => {
      const found = await ids('child pornography')
      expect(found).toEqual(
        expect.arrayContaining([
          f.provisions.csam,
          f.provisions.reporting,
          f.provisions.pornography,
          f.definitions.csam,
        ]),
      )
      expect(await ids('CSAM')).toEqual(expect.arrayContaining([f.provisions.pornography, f.provisions.csam]))
      expect(await ids('grooming')).toContain(f.provisions.solicitation)
      expect(await ids('sextortion')).toContain(f.provisions.extortion)
    })

    it('matches across accents', async () => {
      expect(await ids('pornografia')).toContain(f.provisions.pornography)
      expect(await ids('nino')).toContain(f.definitions.child)
    })

    it('counts facets that agree with the results', async () => {
      const result = await search('child pornography')
      const sum = (key: keyof typeof result.facets) => result.facets[key].reduce((n, v) => n + v.count, 0)
      expect(sum('type')).toBe(result.total)
      expect(sum('verification')).toBe(result.total)
      const byJurisdiction = Object.fromEntries(result.facets.jurisdiction.map((v) => [v.value, v.count]))
      expect(byJurisdiction[f.north.code]).toBe(
        result.hits.filter((h) => h.document.jurisdiction === f.north.code).length,
      )
      expect(result.facets.concept).toContainEqual({ value: 'csam', count: 2 })
      expect(result.facets.topic).toEqual(expect.arrayContaining([{ value: 'offences.csam', count: 2 }]))
      expect(result.facets.year).toEqual(expect.arrayContaining([{ value: '2011', count: 1 }]))
      expect(result.facets.language).toEqual(expect.arrayContaining([{ value: 'spa', count: 1 }]))
    })

    it('counts every value of every facet as the results hold it', async () => {
      // Broad queries (and a browse with no words) whose results all fit on one page, with and without a filter.
      const requests: [string, SearchFilters][] = [
        ['child', {}],
        ['child pornography', {}],
        ['', { verification: 'VERIFIED' }],
        ['child', { type: 'provision' }],
      ]
      for (const [q, filters] of requests) {
        const result = await search(q, filters)
        expect(result.hits.length).toBe(result.total)
        expect(result.total).toBeGreaterThan(1)
        for (const key of facetKeys) {
          const expected = new Map<string, number>()
          for (const { document } of result.hits) {
            const raw = document[facetFields[key]]
            for (const value of Array.isArray(raw) ? raw : raw == null ? [] : [raw])
              expected.set(String(value), (expected.get(String(value)) ?? 0) + 1)
          }
          const counted = new Map(result.facets[key].map((v) => [v.value, v.count]))
          expect({ q, filters, key, counts: counted }).toEqual({ q, filters, key, counts: expected })
        }
      }
    })

    it('filters by every facet', async () => {
      const every = (
        docs: Awaited<ReturnType<typeof search>>,
        check: (d: (typeof docs.hits)[number]['document']) => boolean,
      ) => docs.hits.length > 0 && docs.hits.every((h) => check(h.document))
      expect(
        every(
          await search('child pornography', { jurisdiction: f.south.code }),
          (d) => d.jurisdiction === f.south.code,
        ),
      ).toBe(true)
      expect(every(await search('child pornography', { region: '019' }), (d) => d.region === '019')).toBe(true)
      expect(every(await search('child pornography', { type: 'definition' }), (d) => d.type === 'definition')).toBe(
        true,
      )
      expect(every(await search('child pornography', { kind: 'CODE' }), (d) => d.kind === 'CODE')).toBe(true)
      expect(every(await search('child pornography', { year: 2020 }), (d) => d.year === 2020)).toBe(true)
      expect(every(await search('grooming', { verification: 'VERIFIED' }), (d) => d.verification === 'VERIFIED')).toBe(
        true,
      )
      expect(every(await search('child', { language: 'spa' }), (d) => d.language === 'spa')).toBe(true)
      expect((await ids('child pornography', { topic: 'offences.csam' })).sort()).toEqual(
        [f.provisions.csam, f.provisions.pornography].sort(),
      )
      expect((await ids('child pornography', { concept: 'csam' })).sort()).toEqual(
        [f.provisions.csam, f.definitions.csam].sort(),
      )
      expect(await ids('grooming', { jurisdiction: f.north.code, topic: 'offences.grooming' })).toEqual([
        f.provisions.grooming,
      ])
    })

    it('sorts by date either way', async () => {
      const dates = async (sort: 'newest' | 'oldest') =>
        (await search('child pornography', {}, { sort })).hits.map((h) => h.document.date).filter(Boolean) as string[]
      const newest = await dates('newest')
      expect(newest.length).toBeGreaterThan(1)
      expect(newest).toEqual([...newest].sort().reverse())
      expect(await dates('oldest')).toEqual([...newest].sort())
    })

    it('pages through results without overlap', async () => {
      const first = await search('child pornography', {}, { pageSize: 2, page: 1 })
      const second = await search('child pornography', {}, { pageSize: 2, page: 2 })
      expect(first.total).toBeGreaterThan(3)
      expect(second.total).toBe(first.total)
      expect(first.hits).toHaveLength(2)
      const overlap = first.hits.filter((a) => second.hits.some((b) => b.document.id === a.document.id))
      expect(overlap).toEqual([])
    })

    it('lists a jurisdiction’s records when only a filter is given', async () => {
      const result = await search('', { jurisdiction: f.south.code })
      expect(result.hits.map((h) => h.document.entityId).sort()).toEqual(
        [f.south.id, f.penalCode.id, f.provisions.solicitation, f.provisions.pornography, f.definitions.child].sort(),
      )
    })

    it('answers a word that exists nowhere with nothing', async () => {
      const result = await search('xylophonic zebracorn')
      expect(result.total).toBe(0)
      expect(result.hits).toEqual([])
    })
  })
}
