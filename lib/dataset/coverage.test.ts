import { describe, expect, it } from 'vitest'
import { dataJurisdictionLawSchema } from '@/lib/schemas/dataset'
import { computeCoverage, EU_MEMBER_STATES } from './coverage'
import type { Dataset } from './read-dataset'

const src = 'https://example.org/law'

function lawFile(code: string, options: { verified?: boolean; digitalConsent?: boolean } = {}) {
  const verification = options.verified ? 'verified' : 'needs-review'
  return {
    file: `prisma/data/jurisdictions/${code}.json`,
    data: dataJurisdictionLawSchema.parse({
      jurisdiction: code,
      instruments: [
        {
          uri: `/akn/${code.toLowerCase()}/act/2020/1`,
          jurisdiction: code,
          kind: 'statute',
          title: `Act of ${code}`,
          officialUrl: src,
          status: 'in-force',
          language: 'eng',
          verification,
          provisions: [
            {
              eId: 'sec_1',
              text: 'x',
              textKind: 'summary',
              citation: 's. 1',
              verification,
              children: [
                {
                  eId: 'sec_1__subsec_1',
                  text: 'y',
                  textKind: 'summary',
                  citation: 's. 1(1)',
                  verification: 'needs-review',
                },
              ],
            },
          ],
        },
      ],
      ageBenchmarks: options.digitalConsent
        ? [{ kind: 'digital-consent', age: 16, citation: 'GDPR art. 8', sourceUrl: src, verification }]
        : [],
    }),
  }
}

function dataset(files: ReturnType<typeof lawFile>[]): Dataset {
  return {
    taxonomy: null,
    organisations: [],
    subnational: [],
    crosswalks: [],
    instruments: [],
    treaties: [],
    standards: [],
    jurisdictions: files,
  }
}

describe('computeCoverage', () => {
  it('counts verified and needs-review records per jurisdiction and in total', () => {
    const coverage = computeCoverage(dataset([lawFile('GB', { verified: true, digitalConsent: true }), lawFile('FR')]))
    expect(coverage.jurisdictions.map((j) => j.code)).toEqual(['FR', 'GB'])
    const gb = coverage.jurisdictions[1].counts
    expect(gb.instruments).toEqual({ verified: 1, needsReview: 0 })
    expect(gb.provisions).toEqual({ verified: 1, needsReview: 1 })
    expect(gb.ageBenchmarks).toEqual({ verified: 1, needsReview: 0 })
    expect(coverage.totals.provisions).toEqual({ verified: 1, needsReview: 3 })
  })

  it('leaves out jurisdiction files without instruments from the per-jurisdiction list', () => {
    const empty = {
      file: 'prisma/data/jurisdictions/NA.json',
      data: dataJurisdictionLawSchema.parse({ jurisdiction: 'NA' }),
    }
    expect(computeCoverage(dataset([empty])).jurisdictions).toEqual([])
  })

  it('reports the issue-3 targets with what is missing', () => {
    const eu = EU_MEMBER_STATES.slice(0, 10).map((code) => lawFile(code, { digitalConsent: true }))
    const targets = Object.fromEntries(computeCoverage(dataset([...eu, lawFile('GB')])).targets.map((t) => [t.id, t]))
    expect(targets['eu-10'].met).toBe(true)
    expect(targets['national-law-40']).toMatchObject({ met: false, detail: '11 (at least 40)' })
    expect(targets.g20.missing).toContain('US')
    expect(targets.g20.missing).not.toContain('GB')
    expect(targets['digital-consent-eea-uk'].missing).toContain('GB')
    expect(targets['digital-consent-eea-uk'].missing).not.toContain('AT')
  })

  it('counts sub-national units per parent, the units with records, and their records by verification', () => {
    const data = dataset([lawFile('US-CA'), lawFile('US-TX', { verified: true }), lawFile('GB')])
    data.subnational = [
      { code: 'US-CA', name: 'California', parent: 'US' },
      { code: 'US-TX', name: 'Texas', parent: 'US' },
      { code: 'US-WY', name: 'Wyoming', parent: 'US' },
      { code: 'AU-NSW', name: 'New South Wales', parent: 'AU' },
    ]
    const { subnational } = computeCoverage(data)
    expect(subnational.map(({ parent, units, withRecords }) => ({ parent, units, withRecords }))).toEqual([
      { parent: 'AU', units: 1, withRecords: 0 },
      { parent: 'US', units: 3, withRecords: 2 },
    ])
    const us = subnational[1].counts
    expect(us.instruments).toEqual({ verified: 1, needsReview: 1 })
    // two provisions per file, the child always needs review
    expect(us.provisions).toEqual({ verified: 1, needsReview: 3 })
  })
})
