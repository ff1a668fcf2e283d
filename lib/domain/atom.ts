/**
 * An Atom 1.0 feed (RFC 4287) as text: the feed's id, title, updated, self and alternate links
 * and author, and one entry per change with id, title, updated, link and summary. Text is
 * escaped; nothing else is interpreted.
 */
type AtomEntry = { id: string; title: string; updated: string; link: string; summary: string }
export type AtomFeed = {
  id: string
  title: string
  subtitle?: string
  updated: string
  self: string
  alternate: string
  entries: AtomEntry[]
}

const escape = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')

export function toAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escape(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${escape(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>`,
    '  <author><name>LexBridge</name></author>',
    '  <generator>LexBridge</generator>',
  ]
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escape(entry.id)}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <updated>${escape(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(entry.link)}"/>`,
      `    <summary type="text">${escape(entry.summary)}</summary>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
