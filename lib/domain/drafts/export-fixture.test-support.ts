import { computeDraftForecast } from './conformity'
import type { ExportInput } from './export-model'

/** A two-clause, two-jurisdiction draft for the export tests. */
export function exportInput(): ExportInput {
  const jurisdictions = [
    { id: 'gb', code: 'GB', name: 'United Kingdom' },
    { id: 'de', code: 'DE', name: 'Germany' },
  ]
  const clauses = [
    {
      id: 'c1',
      heading: 'Grooming',
      text: 'Each Party shall criminalise grooming.\nAttempts are punishable.',
      sourceCitation: 'Lanzarote Convention, art. 23',
      sourceHref: '/instruments/akn/coe/treaty/2007/cets-201#art_23',
      links: [{ label: 'Lanzarote art. 23' }],
    },
    {
      id: 'c2',
      heading: null,
      text: 'Sanctions shall be <b>effective</b> | dissuasive.',
      sourceCitation: null,
      sourceHref: null,
      links: [],
    },
  ]
  const forecast = computeDraftForecast({
    jurisdictions,
    clauses: [
      { id: 'c1', heading: 'Grooming', links: [{ kind: 'criterion', criterionId: 'k23', label: 'Lanzarote art. 23' }] },
      { id: 'c2', heading: null, links: [] },
    ],
    assessments: [
      {
        jurisdictionId: 'gb',
        criterionId: 'k23',
        status: 'MET',
        rationale: 'SOA 2003 s. 15.',
        evidence: [{ citation: 'Sexual Offences Act 2003, s. 15', href: '/instruments/akn/gb/act/2003/42#sec_15' }],
      },
      { jurisdictionId: 'de', criterionId: 'k23', status: 'NOT_MET', rationale: 'No equivalent.', evidence: [] },
    ],
    definitions: [],
  })
  return {
    draft: {
      title: 'Model law on grooming',
      purpose: 'Harmonise grooming offences.',
      version: 4,
      owner: { name: 'Ada Author' },
    },
    jurisdictions,
    clauses,
    forecast,
    crosswalks: [],
    exportedAt: new Date('2026-11-25T10:00:00Z'),
    baseUrl: 'https://lexbridge.example.org',
  }
}
