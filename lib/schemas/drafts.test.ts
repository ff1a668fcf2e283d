import { describe, expect, it } from 'vitest'
import {
  clauseSchema,
  createDraftSchema,
  formDataToObject,
  parseFeatureRequirements,
  readinessParamsSchema,
} from './drafts'

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return formDataToObject(data)
}

describe('draft form schemas', () => {
  it('reads one or several ticked checkboxes as a list, none as an empty list', () => {
    const base: [string, string][] = [
      ['draftId', 'd1'],
      ['version', '3'],
      ['text', ' Each Party shall … '],
    ]
    expect(clauseSchema.parse(form([...base, ['criteria', 'k1']]))).toMatchObject({
      version: 3,
      text: 'Each Party shall …',
      criteria: ['k1'],
      concepts: [],
      heading: null,
    })
    expect(clauseSchema.parse(form([...base, ['criteria', 'k1'], ['criteria', 'k2']])).criteria).toEqual(['k1', 'k2'])
  })

  it('explains what is wrong in words a negotiator understands', () => {
    const result = createDraftSchema.safeParse(
      form([
        ['title', 'ab'],
        ['jurisdictions', 'gb'],
      ]),
    )
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toContain('title: Give the draft a title of at least 3 characters')
    expect(messages.some((m) => m.startsWith('jurisdictions.0: Use an ISO 3166 code'))).toBe(true)
  })

  it('turns the requirement form into features of the concept, ignoring blanks and unknown fields', () => {
    expect(
      parseFeatureRequirements('csam', {
        'feature.virtualOrGenerated': 'yes',
        'feature.realChild': 'no',
        'feature.ageLimit': '18',
        'feature.visual': '',
        'feature.bogus': 'yes',
      }),
    ).toEqual({
      ok: true,
      data: { virtualOrGenerated: true, realChild: false, ageLimit: 18 },
    })
    expect(parseFeatureRequirements('csam', { 'feature.ageLimit': '40' })).toMatchObject({
      ok: false,
      field: 'feature.ageLimit',
    })
    expect(parseFeatureRequirements('csam', { 'feature.visual': 'maybe' })).toMatchObject({
      ok: false,
      field: 'feature.visual',
    })
    expect(parseFeatureRequirements('no-such-concept', { 'feature.x': 'yes' })).toEqual({ ok: true, data: {} })
  })

  it('drops malformed readiness URL parameters instead of failing', () => {
    expect(readinessParamsSchema.parse({ j: 'gb', treaty: '/akn/coe/treaty/2007/cets-201' })).toEqual({
      j: 'GB',
      treaty: '/akn/coe/treaty/2007/cets-201',
    })
    expect(readinessParamsSchema.parse({ j: 'not a code!', treaty: 'javascript:alert(1)' })).toEqual({
      j: undefined,
      treaty: undefined,
    })
  })
})
