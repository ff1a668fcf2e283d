import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { toAtom } from './atom'

describe('toAtom', () => {
  it('writes a feed with escaped text that parses back', () => {
    const xml = toAtom({
      id: 'http://x.test/feeds/a.atom',
      title: 'A & B <feed>',
      updated: '2026-01-02T03:04:05.000Z',
      self: 'http://x.test/feeds/a.atom',
      alternate: 'http://x.test/a',
      entries: [
        {
          id: 'urn:x:1',
          title: 'Changed "title"',
          updated: '2026-01-02T03:04:05.000Z',
          link: 'http://x.test/a?x=1&y=2',
          summary: 'Instrument updated\u0001',
        },
      ],
    })
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.title).toBe('A & B <feed>')
    expect(feed.entry.title).toBe('Changed "title"')
    expect(feed.entry.link['@_href']).toBe('http://x.test/a?x=1&y=2')
    expect(feed.entry.summary['#text']).toBe('Instrument updated')
  })
})
