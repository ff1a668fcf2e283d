import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, recordTypes } from '@/lib/schemas/records'

describe('fieldErrorsOf', () => {
  it('says "Required" for a missing field instead of zod’s type message, and keeps other messages', () => {
    const schema = Object.values(recordTypes)[0].schema
    const parsed = schema.safeParse({})
    expect(parsed.success).toBe(false)
    const errors = fieldErrorsOf(parsed.error!)
    const messages = Object.values(errors).flat()
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.some((m) => m.includes('received undefined'))).toBe(false)
    expect(messages).toContain('Required')
  })

  it('names the entry and the part of a list field that is wrong', () => {
    const parsed = recordTypes.assessments.schema.safeParse({
      jurisdiction: 'GB',
      criterion: 'budapest-9/9(1)(e)',
      rationale: 'Simple possession is an offence.',
      evidence: '[{"provision": "/akn/gb/act/1988/33#sec_160"}, {"pinpoint": "s. 1"}]',
    })
    expect(fieldErrorsOf(parsed.error!)).toEqual({ evidence: ['entry 2, provision: Required'] })
  })
})
