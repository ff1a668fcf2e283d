import { describe, expect, it } from 'vitest'
import { citationOf, pinpointOf } from './law-citation'

describe('pinpointOf', () => {
  it('builds section and subsection pinpoints', () => {
    const section = pinpointOf('section', '7', null)
    expect(section).toBe('s. 7')
    expect(pinpointOf('subsection', '(1)', section)).toBe('s. 7(1)')
    expect(pinpointOf('paragraph', 'a', 's. 7(1)')).toBe('s. 7(1)(a)')
    expect(citationOf('Data Protection Act 1998', pinpointOf('subsection', '(1)', section), 'sec_7__subsec_1')).toBe(
      'Data Protection Act 1998, s. 7(1)',
    )
  })
  it('keeps printed article and paragraph labels and does not chain under parts', () => {
    expect(pinpointOf('article', 'Art. 5', null)).toBe('Art. 5')
    expect(pinpointOf('article', '5', 'Chapter II')).toBe('art. 5')
    expect(pinpointOf('paragraph', '2', 'Part 1')).toBe('Paragraph 2')
    expect(pinpointOf('section', '§ 176', null)).toBe('§ 176')
  })
  it('falls back to the parent pinpoint, then the eId', () => {
    expect(pinpointOf('hcontainer', undefined, 's. 3')).toBe('s. 3')
    expect(citationOf('X Act', pinpointOf('preamble', undefined, null), 'preamble')).toBe('X Act, preamble')
  })
})
