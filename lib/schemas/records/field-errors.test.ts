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
})
