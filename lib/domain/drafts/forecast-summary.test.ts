import { describe, expect, it } from 'vitest'
import { computeDraftForecast, type ClauseInput } from './conformity'
import { describeForecast, listOf } from './forecast-summary'

const j = (code: string) => ({ id: code, code, name: code })
const clause = (id: string): ClauseInput => ({
  id,
  heading: id,
  links: [{ kind: 'criterion', criterionId: `k-${id}`, label: id }],
})
const numberOf = (ids: string[]) => (id: string) => ids.indexOf(id) + 1

describe('describeForecast', () => {
  it('names how many jurisdictions would change and on which clauses', () => {
    const clauses = [clause('a'), clause('b'), clause('c')]
    const forecast = computeDraftForecast({
      clauses,
      jurisdictions: [j('GB'), j('DE'), j('FR')],
      assessments: [
        { jurisdictionId: 'GB', criterionId: 'k-a', status: 'NOT_MET', rationale: '', evidence: [] },
        { jurisdictionId: 'DE', criterionId: 'k-c', status: 'PARTIAL', rationale: '', evidence: [] },
        { jurisdictionId: 'FR', criterionId: 'k-a', status: 'MET', rationale: '', evidence: [] },
      ],
      definitions: [],
    })
    expect(describeForecast(forecast, numberOf(['a', 'b', 'c']))).toBe(
      'Adopting this draft would require changes in 2 of 3 jurisdictions, on clauses 1 and 3. For 1 jurisdiction LexBridge has no assessment or definition to judge by.',
    )
  })

  it('explains what is missing before a forecast is possible', () => {
    expect(
      describeForecast(
        computeDraftForecast({ clauses: [clause('a')], jurisdictions: [], assessments: [], definitions: [] }),
        () => 1,
      ),
    ).toMatch(/Add participating/)
    expect(
      describeForecast(
        computeDraftForecast({ clauses: [], jurisdictions: [j('GB')], assessments: [], definitions: [] }),
        () => 1,
      ),
    ).toMatch(/Link clauses/)
  })

  it('says when nobody needs to change', () => {
    const forecast = computeDraftForecast({
      clauses: [clause('a')],
      jurisdictions: [j('GB')],
      assessments: [{ jurisdictionId: 'GB', criterionId: 'k-a', status: 'MET', rationale: '', evidence: [] }],
      definitions: [],
    })
    expect(describeForecast(forecast, () => 1)).toBe(
      'No participating jurisdiction would need to change its law, on the evidence recorded.',
    )
  })
})

it('lists items in English', () => {
  expect(listOf(['1'])).toBe('1')
  expect(listOf(['1', '2', '3'])).toBe('1, 2 and 3')
})
