import { describe, expect, it } from 'vitest'
import { excerpt } from './excerpt'

describe('excerpt', () => {
  it('keeps short text whole and collapses whitespace', () => {
    expect(excerpt('A child\n  means a person.', 50)).toEqual({ text: 'A child means a person.', truncated: false })
  })

  it('cuts at a word boundary and adds an ellipsis', () => {
    const result = excerpt('one two three four five six', 14)
    expect(result).toEqual({ text: 'one two three…', truncated: true })
  })

  it('does not end on dangling punctuation', () => {
    expect(excerpt('alpha beta, gamma delta epsilon', 12).text).toBe('alpha beta…')
  })

  it('cuts a single overlong word rather than returning nothing', () => {
    expect(excerpt('x'.repeat(50), 10).text).toBe(`${'x'.repeat(10)}…`)
  })
})
