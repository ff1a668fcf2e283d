import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  enumField,
  jsonListField,
  jsonObjectField,
  listField,
  optionalDate,
  optionalInt,
  optionalText,
  requiredText,
} from './fields'

describe('record field builders', () => {
  it('treat form blanks, CSV blanks and JSON nulls the same', () => {
    const schema = z.object({ a: optionalText(10), b: optionalDate, c: optionalInt(0, 25) })
    for (const blank of ['', '  ', null, undefined]) {
      expect(schema.parse({ a: blank, b: blank, c: blank })).toEqual({ a: null, b: null, c: null })
    }
  })

  it('trim text and enforce limits with a readable message', () => {
    expect(requiredText(5).parse('  abc ')).toBe('abc')
    expect(requiredText(5).safeParse('').error?.issues[0].message).toBe('Required')
    expect(requiredText(5).safeParse('abcdef').error?.issues[0].message).toBe('At most 5 characters')
  })

  it('coerce whole numbers from strings and refuse anything else', () => {
    expect(optionalInt(0, 25).parse('16')).toBe(16)
    expect(optionalInt(0, 25).safeParse('16.5').success).toBe(false)
    expect(optionalInt(0, 25).safeParse('30').error?.issues[0].message).toBe('At most 25')
  })

  it('accept enums in the dataset kebab-case or the stored form', () => {
    const kind = enumField(['NEEDS_REVIEW', 'VERIFIED'], 'NEEDS_REVIEW')
    expect(kind.parse('needs-review')).toBe('NEEDS_REVIEW')
    expect(kind.parse('VERIFIED')).toBe('VERIFIED')
    expect(kind.parse('')).toBe('NEEDS_REVIEW')
    expect(kind.safeParse('maybe').error?.issues[0].message).toBe('Choose one of: needs-review, verified')
  })

  it('split lists on semicolons or lines and parse JSON objects typed as text', () => {
    expect(listField(z.string()).parse('20(3); 24(3)\n25')).toEqual(['20(3)', '24(3)', '25'])
    expect(listField(z.string()).parse(['a'])).toEqual(['a'])
    expect(jsonObjectField.parse('{"ageLimit": 18}')).toEqual({ ageLimit: 18 })
    expect(jsonObjectField.safeParse('{not json').success).toBe(false)
    expect(jsonObjectField.parse('')).toEqual({})
  })

  it('refuse impossible dates', () => {
    expect(optionalDate.parse('2024-02-29')).toBe('2024-02-29')
    expect(optionalDate.safeParse('2023-02-30').success).toBe(false)
  })

  it('read a JSON list from a form, a CSV cell or JSON, and keep "absent" apart from "empty"', () => {
    const list = z.object({
      items: jsonListField(z.strictObject({ code: requiredText(5) }), { max: 2, example: '[{"code": "a"}]' }),
    })
    expect(list.parse({})).toEqual({ items: undefined })
    for (const empty of ['', ' ', null, '[]', []]) expect(list.parse({ items: empty })).toEqual({ items: [] })
    expect(list.parse({ items: '[{"code": " a "}]' })).toEqual({ items: [{ code: 'a' }] })
    expect(list.parse({ items: [{ code: 'b' }] })).toEqual({ items: [{ code: 'b' }] })
    expect(list.safeParse({ items: '[{"code": ' }).error?.issues[0].message).toBe(
      'Enter a JSON list, e.g. [{"code": "a"}]',
    )
    expect(list.safeParse({ items: '{"code": "a"}' }).error?.issues[0].message).toBe(
      'Enter a JSON list, e.g. [{"code": "a"}]',
    )
    expect(list.safeParse({ items: '[{"code": "a"}, {"code": "b"}, {"code": "c"}]' }).error?.issues[0].message).toBe(
      'At most 2 entries',
    )
    expect(list.safeParse({ items: '[{"code": "a", "extra": 1}]' }).error?.issues[0].path).toEqual(['items', 0])
  })
})
