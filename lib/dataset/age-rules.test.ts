import { describe, expect, it } from 'vitest'
import { dataAgeBenchmarkSchema } from '@/lib/schemas/dataset'
import { ageBenchmarkIssues, ageBenchmarkProblems } from './age-rules'

const age = (fields: Record<string, unknown>) =>
  dataAgeBenchmarkSchema.parse({
    kind: 'sexual-consent',
    age: 16,
    citation: 'Example Code § 1',
    sourceUrl: 'https://example.org/',
    verification: 'needs-review',
    ...fields,
  })
const state = { subnational: true, today: '2026-12-02' }
const nation = { subnational: false, today: '2026-12-02' }

describe('ageBenchmarkProblems', () => {
  it('passes a cited state age with a close-in-age rule that names its gap', () => {
    expect(
      ageBenchmarkProblems(
        age({ conditions: 'Close-in-age rule: applies only where the actor is at least 4 years older.' }),
        state,
      ),
    ).toEqual([])
    expect(ageBenchmarkProblems(age({ conditions: 'Close-in-age rule: more than 24 months older.' }), state)).toEqual(
      [],
    )
  })

  it('refuses a state age of consent whose citation names no section', () => {
    expect(ageBenchmarkProblems(age({ citation: 'State criminal code' }), state)).toEqual([
      expect.stringContaining('must cite the section'),
    ])
    // national rows and "no age set" rows are not held to it
    expect(ageBenchmarkProblems(age({ citation: 'State law' }), nation)).toEqual([])
    expect(
      ageBenchmarkProblems(age({ citation: 'State law', age: null, conditions: 'Set by each state.' }), state),
    ).toEqual([])
  })

  it('refuses a state close-in-age rule without an age gap, and warns for a national one', () => {
    const vague = age({ conditions: 'A close-in-age exemption applies between teenagers.' })
    expect(ageBenchmarkProblems(vague, state)).toEqual([expect.stringContaining('name no age gap')])
    expect(ageBenchmarkProblems(vague, nation)).toEqual([])
    expect(ageBenchmarkIssues(vague, nation)).toEqual([
      { severity: 'warning', message: expect.stringContaining('name no age gap') },
    ])
    expect(ageBenchmarkProblems(age({ conditions: 'A Romeo and Juliet defence applies.' }), state)).toHaveLength(1)
    // gaps in words or with "or more" count; saying there is none is not a rule
    expect(
      ageBenchmarkProblems(age({ conditions: 'Close-in-age exemption: not more than three years apart.' }), state),
    ).toEqual([])
    expect(
      ageBenchmarkProblems(
        age({ conditions: 'Close-in-age rule: only where the actor is 4 or more years older.' }),
        state,
      ),
    ).toEqual([])
    expect(ageBenchmarkProblems(age({ conditions: 'The section has no close-in-age exemption.' }), state)).toEqual([])
    expect(ageBenchmarkProblems(age({ conditions: 'No statutory close-in-age exemption.' }), state)).toEqual([])
  })

  it('asks a verified state age for the date it was compared, and refuses a future date', () => {
    expect(ageBenchmarkProblems(age({ verification: 'verified' }), state)).toEqual([
      expect.stringContaining('without lastVerifiedOn'),
    ])
    expect(ageBenchmarkProblems(age({ verification: 'verified', lastVerifiedOn: '2026-12-02' }), state)).toEqual([])
    expect(ageBenchmarkProblems(age({ lastVerifiedOn: '2027-01-01' }), nation)).toEqual([
      expect.stringContaining('in the future'),
    ])
  })
})
