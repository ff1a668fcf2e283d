import { describe, expect, it } from 'vitest'
import {
  dataInstrumentSchema,
  dataJurisdictionLawSchema,
  dataStandardSchema,
  dataTreatyFileSchema,
} from '@/lib/schemas/dataset'
import { checkDataset } from './check-dataset'
import type { Dataset } from './read-dataset'

const src = 'https://example.org/law'
const cite = { citation: 'Example Act, s. 1', sourceUrl: src, verification: 'verified' as const }

function dataset(): Dataset {
  return {
    taxonomy: {
      topics: [{ slug: 'offences', name: 'Offences', children: [{ slug: 'offences.csam', name: 'CSAM' }] }],
      concepts: [{ slug: 'csam', name: 'CSAM' }],
      ageBenchmarkKinds: [{ code: 'sexual-consent', name: 'Age of sexual consent' }],
    },
    organisations: [
      {
        code: 'COE',
        name: 'Council of Europe',
        kind: 'regional-organisation',
        sourceUrl: src,
        verification: 'verified',
        members: [{ code: 'GB' }],
      },
    ],
    subnational: [{ code: 'GB-SCT', name: 'Scotland', parent: 'GB', sourceUrl: src }],
    crosswalks: [],
    instruments: [
      {
        file: 'prisma/data/instruments/lanzarote.json',
        data: dataInstrumentSchema.parse({
          uri: '/akn/coe/treaty/2007/cets-201',
          jurisdiction: 'COE',
          kind: 'treaty',
          title: 'Lanzarote Convention',
          officialUrl: src,
          status: 'in-force',
          language: 'eng',
          verification: 'verified',
          provisions: [
            { eId: 'art_23', text: 'Solicitation', textKind: 'summary', citation: 'art. 23', verification: 'verified' },
          ],
        }),
      },
    ],
    jurisdictions: [
      {
        file: 'prisma/data/jurisdictions/GB.json',
        data: dataJurisdictionLawSchema.parse({
          jurisdiction: 'GB',
          instruments: [
            {
              uri: '/akn/gb/act/1978/37',
              jurisdiction: 'GB',
              kind: 'statute',
              title: 'Protection of Children Act 1978',
              officialUrl: src,
              status: 'in-force',
              language: 'eng',
              verification: 'verified',
              adoptedOn: '1978-07-20',
              provisions: [
                {
                  eId: 'sec_1',
                  text: 'Indecent photographs',
                  textKind: 'summary',
                  citation: 's. 1',
                  verification: 'verified',
                  topics: ['offences.csam'],
                },
              ],
            },
          ],
          definitions: [
            {
              concept: 'csam',
              term: 'indecent photograph',
              text: 'Summary',
              textKind: 'summary',
              provision: '/akn/gb/act/1978/37#sec_1',
              features: { ageLimit: 18 },
              ...cite,
            },
          ],
          ageBenchmarks: [{ kind: 'sexual-consent', age: 16, ...cite }],
          assessments: [
            {
              criterion: 'lanzarote-23/23',
              status: 'met',
              rationale: 'Covered by the 2003 Act.',
              evidence: [{ provision: '/akn/gb/act/1978/37#sec_1' }],
              elements: [{ code: 'ict', status: 'met' }],
              verification: 'needs-review',
            },
          ],
        }),
      },
    ],
    treaties: [
      {
        file: 'prisma/data/treaties/cets-201.json',
        data: dataTreatyFileSchema.parse({
          treaty: '/akn/coe/treaty/2007/cets-201',
          actions: [
            {
              jurisdiction: 'GB',
              action: 'ratification',
              date: '2018-06-20',
              sourceUrl: src,
              verification: 'verified',
            },
          ],
        }),
      },
    ],
    standards: [
      {
        file: 'prisma/data/standards/lanzarote-23.json',
        data: dataStandardSchema.parse({
          slug: 'lanzarote-23',
          name: 'Lanzarote art. 23',
          issuer: 'Council of Europe',
          sourceUrl: src,
          verification: 'verified',
          instrument: '/akn/coe/treaty/2007/cets-201',
          criteria: [
            {
              code: '23',
              title: 'Solicitation',
              text: 'Criminalise solicitation',
              sourceProvision: '/akn/coe/treaty/2007/cets-201#art_23',
              verification: 'verified',
              elements: [{ code: 'ict', text: 'through ICT' }],
            },
          ],
        }),
      },
    ],
  }
}

const check = (data: Dataset) => checkDataset(data, { countryCodes: ['GB', 'DE', 'NA'] })
const errors = (data: Dataset) =>
  check(data)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message)

describe('checkDataset', () => {
  it('accepts a consistent dataset', () => {
    expect(check(dataset())).toEqual([])
  })

  it('reports dangling provision references, telling a missing eId from a missing instrument', () => {
    const data = dataset()
    data.jurisdictions[0].data.definitions[0].provision = '/akn/gb/act/1978/37#sec_9'
    data.jurisdictions[0].data.assessments[0].evidence[0].provision = '/akn/gb/act/2099/1#sec_1'
    expect(errors(data)).toEqual([
      'provision "/akn/gb/act/1978/37#sec_9" not found: /akn/gb/act/1978/37 has no such eId',
      'provision "/akn/gb/act/2099/1#sec_1" not found: no instrument /akn/gb/act/2099/1 in the dataset',
    ])
  })

  it('reports unknown jurisdictions, topics, concepts, age kinds, criteria and elements', () => {
    const data = dataset()
    const law = data.jurisdictions[0].data
    law.jurisdiction = 'XX'
    law.instruments[0].provisions[0].topics = ['nope']
    law.definitions[0].concept = 'unknown'
    law.ageBenchmarks[0].kind = 'voting'
    law.assessments[0].elements[0].code = 'zzz'
    data.treaties[0].data.actions[0].jurisdiction = 'ZZ'
    const messages = errors(data).join('\n')
    for (const expected of [
      'jurisdiction "XX"',
      'topic "nope"',
      'concept "unknown"',
      'age benchmark kind "voting"',
      'no element "zzz"',
      'jurisdiction "ZZ"',
    ]) {
      expect(messages).toContain(expected)
    }
  })

  it('reports duplicate URIs, eIds and criterion codes', () => {
    const data = dataset()
    const instrument = data.jurisdictions[0].data.instruments[0]
    instrument.provisions.push({ ...instrument.provisions[0] })
    data.instruments.push({ file: 'prisma/data/instruments/copy.json', data: { ...data.instruments[0].data } })
    data.standards[0].data.criteria.push({ ...data.standards[0].data.criteria[0] })
    const messages = errors(data)
    expect(messages).toContain('duplicate eId in this instrument')
    expect(messages).toContain('instrument URI defined twice')
    expect(messages).toContain('duplicate criterion code')
  })

  it('checks date order and treaty date precision', () => {
    const data = dataset()
    Object.assign(data.jurisdictions[0].data.instruments[0], { adoptedOn: '2000-01-01', inForceOn: '1999-01-01' })
    Object.assign(data.jurisdictions[0].data.ageBenchmarks[0], { validFrom: '2010-01-01', validTo: '2009-12-31' })
    Object.assign(data.treaties[0].data.actions[0], { date: '2018-02-30' })
    data.treaties[0].data.actions.push({
      ...data.treaties[0].data.actions[0],
      date: '2018-06-20',
      datePrecision: 'year',
    })
    const messages = errors(data).join('\n')
    expect(messages).toContain('adoptedOn must not be after inForceOn')
    expect(messages).toContain('validFrom must not be after validTo')
    expect(messages).toContain('date "2018-02-30" does not exist')
    expect(messages).toContain('datePrecision "year" does not match')
  })

  it('refuses a treaty action dated before the adoption of the treaty, and the same action twice', () => {
    const data = dataset()
    data.instruments[0].data.adoptedOn = '2007-07-12'
    const action = data.treaties[0].data.actions[0]
    data.treaties[0].data.actions.push({
      ...action,
      jurisdiction: 'DE',
      action: 'signature',
      date: '2007-07',
      datePrecision: 'month',
    })
    data.treaties[0].data.actions.push({
      ...action,
      jurisdiction: 'FR',
      action: 'signature',
      date: '2006',
      datePrecision: 'year',
    })
    data.treaties[0].data.actions.push({ ...action })
    const messages = errors(data)
    // "2007-07" may be the 31st, after adoption on the 12th: only the 2006 signature is refused.
    expect(messages.filter((m) => m.includes('dated before the treaty was adopted (2007-07-12)'))).toHaveLength(1)
    expect(messages).toContain('the same action is listed twice')
  })

  it('warns when a ratification is dated before the same state signed', () => {
    const data = dataset()
    const action = data.treaties[0].data.actions[0]
    data.treaties[0].data.actions.push({ ...action, action: 'signature', date: '2018-07-01' })
    const issues = check(data)
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        record: 'GB ratification 2018-06-20',
        message: "dated before the same state's signature (2018-07-01)",
      }),
    )
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
  })

  it('warns, without failing, about uncited units and unsupported verdicts', () => {
    const data = dataset()
    data.subnational[0].sourceUrl = undefined
    data.jurisdictions[0].data.assessments[0].evidence = []
    const issues = check(data)
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true)
    expect(issues.map((issue) => issue.message)).toEqual(['no source URL', 'status met without cited evidence'])
  })

  it('refuses working notes in public fields, naming the file and field, and accepts them as curatorNote', () => {
    const data = dataset()
    Object.assign(data.treaties[0].data.actions[0], { note: 'Date from memory: check the chart.' })
    Object.assign(data.jurisdictions[0].data.assessments[0], { curatorNote: 'Exact wording to be checked.' })
    expect(check(data)).toEqual([
      {
        severity: 'error',
        file: 'prisma/data/treaties/cets-201.json',
        record: 'actions[0].note',
        message: 'public field holds a working note ("from memory"): move it to curatorNote, which only curators see',
      },
    ])
  })

  it('refuses an organisation code that a country already uses', () => {
    const data = dataset()
    data.organisations[0].code = 'DE'
    expect(errors(data)).toContain('code already used by a country or another organisation')
  })

  it('holds a sub-national age of consent to a section citation and a named close-in-age gap', () => {
    const data = dataset()
    const ages = [
      { kind: 'sexual-consent', age: 16, citation: 'Scots criminal law', sourceUrl: src, verification: 'needs-review' },
      {
        kind: 'sexual-consent',
        age: 16,
        conditions: 'A close-in-age defence applies.',
        citation: 'Act 2009, s. 28',
        sourceUrl: src,
        verification: 'needs-review',
      },
      { kind: 'sexual-consent', age: 16, citation: 'Act 2009, s. 28', sourceUrl: src, verification: 'verified' },
    ]
    data.jurisdictions.push({
      file: 'prisma/data/jurisdictions/GB-SCT.json',
      data: dataJurisdictionLawSchema.parse({ jurisdiction: 'GB-SCT', ageBenchmarks: ages }),
    })
    const found = checkDataset(data, { countryCodes: ['GB', 'DE'], today: '2026-12-02' }).filter((issue) =>
      issue.file.endsWith('GB-SCT.json'),
    )
    expect(found.map((issue) => issue.severity)).toEqual(['error', 'error', 'error'])
    expect(found.map((issue) => issue.message)).toEqual([
      expect.stringContaining('must cite the section'),
      expect.stringContaining('name no age gap'),
      expect.stringContaining('without lastVerifiedOn'),
    ])
  })
})
