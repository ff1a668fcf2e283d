import { describe, expect, it } from 'vitest'
import { findWorkingNote, findWorkingNotes } from './working-notes'

describe('findWorkingNote', () => {
  it('finds each working-note phrase', () => {
    expect(findWorkingNote('Signed at the opening (from memory: check).')).toBe('from memory')
    expect(findWorkingNote('Exact day to be checked.')).toBe('to be checked')
    expect(findWorkingNote('Whether secondary liability covers every case should be checked.')).toBe('to be checked')
    expect(findWorkingNote('Provision numbers to be confirmed.')).toBe('to be confirmed')
    expect(findWorkingNote('The scope should be verified against the official text.')).toBe('to be confirmed')
    expect(findWorkingNote('Date not recorded here; check the chart.')).toBe('check')
    expect(findWorkingNote('TODO add the gazette')).toBe('TODO')
    expect(findWorkingNote('Date not recorded here.')).toBe('date not recorded')
    expect(findWorkingNote('Follow-up legislation not yet verified.')).toBe('not verified')
    expect(findWorkingNote('Pure streaming unclear.')).toBe('unclear')
    expect(findWorkingNote('Whether possession is prosecuted has not been verified.')).toBe('not verified')
    expect(findWorkingNote('Listed without an intent requirement, subject to verification of the wording.')).toBe(
      'subject to verification',
    )
    expect(findWorkingNote('Article number not recorded; curator to add.')).toBe('curator to …')
    expect(findWorkingNote('A curator should confirm that no national derogation exists.')).toBe('curator to …')
    expect(findWorkingNote('(Section numbers of these duties to be recorded by a curator.)')).toBe('by a curator')
    expect(findWorkingNote('Open questions for a curator: which edition this is.')).toBe('for a curator')
    expect(findWorkingNote('Exact day of admission: needs review against asean.org.')).toBe('needs review')
    expect(findWorkingNote('Status contested: needs review.')).toBe('needs review')
  })

  it('lets provenance and ordinary words through', () => {
    expect(findWorkingNote('Member list checked against the UN member states page.')).toBeNull()
    expect(findWorkingNote('habilitada à prática de todos os atos da vida civil')).toBeNull()
    expect(findWorkingNote('In force for the Kingdom in Europe.')).toBeNull()
    expect(findWorkingNote('Curators and the public see the same published record.')).toBeNull()
    expect(findWorkingNote('Reviewed by the Committee; the review needs no further act.')).toBeNull()
  })
})

describe('findWorkingNotes', () => {
  it('names the path of each public field, skipping curatorNote and verbatim law text', () => {
    const record = {
      note: 'From memory.',
      curatorNote: 'from memory: check the chart',
      provisions: [
        { text: 'A background check is required.', textKind: 'verbatim' },
        { text: 'Summary; check the gazette.', textKind: 'summary' },
      ],
      sourceUrl: 'https://example.org/check',
    }
    expect(findWorkingNotes(record)).toEqual([
      { path: 'note', phrase: 'from memory' },
      { path: 'provisions[1].text', phrase: 'check' },
    ])
  })
})
