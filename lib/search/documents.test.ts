import { describe, expect, it } from 'vitest'
import { parseSearchDocumentId, toSearchDocument, type DocumentSource } from './documents'

const jurisdiction = { id: 'j1', code: 'GB', name: 'United Kingdom', regionCode: '150' }
const instrument = {
  id: 'i1',
  uri: '/akn/gb/act/2023/50',
  title: 'Online Safety Act 2023',
  shortTitle: null,
  kind: 'STATUTE',
  inForceOn: new Date('2023-10-26'),
  adoptedOn: new Date('2023-10-26'),
}

describe('toSearchDocument', () => {
  it('names a provision without a heading by its citation and its nearest ancestor’s heading', () => {
    const source: DocumentSource = {
      type: 'provision',
      id: 'p8',
      versionId: 'v1',
      eId: 'sec_2256__para_8',
      num: '(8)',
      heading: null,
      parentHeading: 'Definitions for chapter',
      text: '"child pornography" means any visual depiction …',
      citation: '18 U.S.C. § 2256(8)',
      verification: 'VERIFIED',
      language: 'eng',
      instrument,
      jurisdiction,
      topics: [],
      concepts: [],
    }
    expect(toSearchDocument(source).title).toBe('18 U.S.C. § 2256(8) — Definitions for chapter')
    expect(toSearchDocument({ ...source, parentHeading: null }).title).toBe('18 U.S.C. § 2256(8)')
  })

  it('maps a provision with its instrument, jurisdiction, topics and concepts', () => {
    const source: DocumentSource = {
      type: 'provision',
      id: 'p1',
      versionId: 'v1',
      eId: 'sec_10',
      num: 's. 10',
      heading: 'Safety duties',
      text: 'A duty to prevent children from encountering harmful content.',
      citation: 'Online Safety Act 2023, s. 10',
      verification: 'VERIFIED',
      language: 'eng',
      instrument,
      jurisdiction,
      topics: ['platform-duties.safeguards', 'offences.csam'],
      concepts: ['csam'],
    }
    expect(toSearchDocument(source)).toEqual({
      id: 'provision-p1',
      type: 'provision',
      entityId: 'p1',
      title: 's. 10 — Safety duties',
      text: source.text,
      citation: 'Online Safety Act 2023, s. 10',
      context: 'Online Safety Act 2023 · United Kingdom',
      url: '/instruments/akn/gb/act/2023/50#sec_10',
      jurisdiction: 'GB',
      jurisdictionName: 'United Kingdom',
      region: '150',
      kind: 'STATUTE',
      topics: ['offences.csam', 'platform-duties.safeguards'],
      concepts: ['csam'],
      year: 2023,
      date: '2023-10-26',
      dateSort: 20231026,
      verification: 'VERIFIED',
      language: 'eng',
      ancestorIds: ['j1', 'i1', 'v1'],
    })
  })

  it('dates a definition by its provision’s instrument and links to the provision', () => {
    const doc = toSearchDocument({
      type: 'definition',
      id: 'd1',
      term: 'child',
      text: 'a person under 18',
      citation: 's. 236',
      verification: 'NEEDS_REVIEW',
      language: null,
      concept: { slug: 'child', name: 'Child' },
      jurisdiction,
      provision: {
        id: 'p9',
        eId: 'sec_236',
        instrument: { ...instrument, inForceOn: null, adoptedOn: new Date('2023-10-26') },
      },
    })
    expect(doc).toMatchObject({
      title: '“child”',
      url: '/instruments/akn/gb/act/2023/50#sec_236',
      concepts: ['child'],
      kind: 'STATUTE',
      year: null,
      date: '2023-10-26',
      dateSort: 20231026,
      ancestorIds: ['j1', 'i1', 'p9'],
    })
  })

  it('links a definition without a provision to the profile and leaves it undated', () => {
    const doc = toSearchDocument({
      type: 'definition',
      id: 'd2',
      term: 'child',
      text: 't',
      citation: 'c',
      verification: 'VERIFIED',
      language: 'eng',
      concept: { slug: 'child', name: 'Child' },
      jurisdiction,
      provision: null,
    })
    expect(doc).toMatchObject({
      url: '/jurisdictions/GB#definitions',
      kind: null,
      year: null,
      date: null,
      dateSort: null,
      context: 'Definition of child · United Kingdom',
    })
  })

  it('maps instruments and jurisdictions', () => {
    expect(
      toSearchDocument({
        type: 'instrument',
        id: 'i1',
        summary: null,
        officialCitation: '2023 c. 50',
        verification: 'VERIFIED',
        language: 'eng',
        instrument,
        jurisdiction,
      }),
    ).toMatchObject({
      title: 'Online Safety Act 2023',
      text: '',
      context: 'Statute · United Kingdom',
      url: '/instruments/akn/gb/act/2023/50',
      year: 2023,
    })
    expect(
      toSearchDocument({
        type: 'jurisdiction',
        id: 'j1',
        officialName: 'United Kingdom of Great Britain and Northern Ireland',
        notes: null,
        kind: 'STATE',
        regionName: 'Europe',
        verification: 'VERIFIED',
        jurisdiction,
      }),
    ).toMatchObject({
      id: 'jurisdiction-j1',
      title: 'United Kingdom',
      text: 'United Kingdom of Great Britain and Northern Ireland',
      context: 'State · Europe',
      url: '/jurisdictions/GB',
      jurisdiction: 'GB',
      kind: null,
    })
  })
})

describe('parseSearchDocumentId', () => {
  it('reads ids back and refuses anything else', () => {
    expect(parseSearchDocumentId('provision-cm123_x')).toEqual({ type: 'provision', entityId: 'cm123_x' })
    expect(parseSearchDocumentId('user-1')).toBeNull()
    expect(parseSearchDocumentId('provision-')).toBeNull()
  })
})
