import { describe, expect, it } from 'vitest'
import { computeDraftForecast, type AssessmentInput, type ClauseInput, type DefinitionInput } from './conformity'

const gb = { id: 'j-gb', code: 'GB', name: 'United Kingdom' }
const de = { id: 'j-de', code: 'DE', name: 'Germany' }
const fr = { id: 'j-fr', code: 'FR', name: 'France' }
const cite = (citation: string) => ({ citation, href: `/instruments/x#${citation}` })

const grooming: ClauseInput = {
  id: 'c-grooming',
  heading: 'Grooming',
  links: [{ kind: 'criterion', criterionId: 'k-23', label: 'Lanzarote art. 23' }],
}
const virtualCsam: ClauseInput = {
  id: 'c-virtual',
  heading: 'Virtual CSAM',
  links: [
    { kind: 'concept', conceptId: 'csam', label: 'CSAM', requiredFeatures: { virtualOrGenerated: true, ageLimit: 18 } },
  ],
}
const unlinked: ClauseInput = { id: 'c-preamble', heading: 'Preamble', links: [] }

const assessments: AssessmentInput[] = [
  {
    jurisdictionId: gb.id,
    criterionId: 'k-23',
    status: 'MET',
    rationale: 'SOA 2003 s. 15 covers it.',
    evidence: [cite('SOA 2003, s. 15')],
  },
  {
    jurisdictionId: de.id,
    criterionId: 'k-23',
    status: 'PARTIAL',
    rationale: 'No material-acts element.',
    evidence: [cite('StGB § 176b')],
  },
  { jurisdictionId: fr.id, criterionId: 'k-23', status: 'RESERVED', rationale: 'Reserved.', evidence: [] },
]
const definitions: DefinitionInput[] = [
  {
    jurisdictionId: gb.id,
    conceptId: 'csam',
    term: 'indecent photograph',
    features: { virtualOrGenerated: false, ageLimit: 18 },
    evidence: cite('PCA 1978, s. 7'),
  },
  {
    jurisdictionId: gb.id,
    conceptId: 'csam',
    term: 'prohibited image',
    features: { virtualOrGenerated: true, ageLimit: 18 },
    evidence: cite('CJA 2009, s. 62'),
  },
  {
    jurisdictionId: de.id,
    conceptId: 'csam',
    term: 'kinderpornographischer Inhalt',
    features: { virtualOrGenerated: false, ageLimit: 14 },
    evidence: cite('StGB § 184b'),
  },
]

describe('computeDraftForecast', () => {
  const forecast = computeDraftForecast({
    clauses: [grooming, virtualCsam, unlinked],
    jurisdictions: [gb, de, fr],
    assessments,
    definitions,
  })
  const cell = (clauseId: string, jurisdictionId: string) =>
    forecast.clauses.find((c) => c.clauseId === clauseId)!.cells.find((c) => c.jurisdictionId === jurisdictionId)!

  it('judges criterion links from assessments, with their evidence', () => {
    expect(cell('c-grooming', gb.id)).toMatchObject({
      status: 'MET',
      links: [{ evidence: [{ citation: 'SOA 2003, s. 15' }] }],
    })
    expect(cell('c-grooming', de.id).status).toBe('PARTIAL')
    expect(cell('c-grooming', fr.id).status).toBe('PARTIAL')
    expect(cell('c-grooming', fr.id).links[0].basis).toMatch(/reservation/)
  })

  it('judges concept links from the most favourable definition and cites it', () => {
    const gbCell = cell('c-virtual', gb.id)
    expect(gbCell.status).toBe('MET')
    expect(gbCell.links[0].evidence).toEqual([cite('CJA 2009, s. 62')])
    expect(cell('c-virtual', de.id).status).toBe('NOT_MET')
    expect(cell('c-virtual', de.id).links[0].basis).toContain('virtual or generated')
  })

  it('says "not known" where no definition or assessment exists', () => {
    expect(cell('c-virtual', fr.id)).toMatchObject({ status: 'UNKNOWN' })
  })

  it('totals per clause and per jurisdiction, ignoring unlinked clauses', () => {
    expect(forecast.clauses[0].totals).toEqual({ MET: 1, PARTIAL: 2, NOT_MET: 0, UNKNOWN: 0 })
    expect(forecast.clauses[2]).toMatchObject({ linked: false })
    const byCode = Object.fromEntries(forecast.jurisdictions.map((j) => [j.code, j]))
    expect(byCode.GB).toMatchObject({
      clausesRequiringChange: [],
      totals: { MET: 2, PARTIAL: 0, NOT_MET: 0, UNKNOWN: 0 },
    })
    expect(byCode.DE.clausesRequiringChange).toEqual(['c-grooming', 'c-virtual'])
    expect(byCode.FR).toMatchObject({ clausesRequiringChange: ['c-grooming'], clausesUnknown: ['c-virtual'] })
  })

  it('summarises which jurisdictions would have to change, on which clauses', () => {
    expect(forecast.summary).toEqual({
      participants: 3,
      linkedClauses: 2,
      requiringChange: 2,
      alreadyConforming: 1,
      undetermined: 0,
      clausesRequiringChange: ['c-grooming', 'c-virtual'],
    })
  })

  it('changes when a jurisdiction joins the draft', () => {
    const before = computeDraftForecast({ clauses: [grooming], jurisdictions: [gb], assessments, definitions })
    const after = computeDraftForecast({ clauses: [grooming], jurisdictions: [gb, de], assessments, definitions })
    expect(before.summary.requiringChange).toBe(0)
    expect(after.summary.requiringChange).toBe(1)
  })

  it('requires every link of a clause to hold', () => {
    const both: ClauseInput = { id: 'c-both', heading: null, links: [...grooming.links, ...virtualCsam.links] }
    const result = computeDraftForecast({ clauses: [both], jurisdictions: [gb, de, fr], assessments, definitions })
    expect(result.clauses[0].cells.map((c) => c.status)).toEqual(['MET', 'PARTIAL', 'PARTIAL'])
  })

  it('handles a draft with no participants or no clauses', () => {
    expect(computeDraftForecast({ clauses: [], jurisdictions: [gb], assessments, definitions }).summary).toMatchObject({
      linkedClauses: 0,
      requiringChange: 0,
      alreadyConforming: 0,
    })
    expect(
      computeDraftForecast({ clauses: [grooming], jurisdictions: [], assessments, definitions }).clauses[0].totals,
    ).toEqual({ MET: 0, PARTIAL: 0, NOT_MET: 0, UNKNOWN: 0 })
  })
})
