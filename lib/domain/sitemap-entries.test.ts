import { describe, expect, it } from 'vitest'
import { buildSitemap, crawlRules } from './sitemap-entries'
import { siteSections } from './site-sections'

const at = new Date('2026-11-30T00:00:00Z')
const records = {
  jurisdictions: [{ code: 'GB-SCT', updatedAt: at }],
  instruments: [
    { uri: '/akn/gb/act/2023/50', isTreaty: false, updatedAt: at },
    { uri: '/akn/coe/treaty/2007/cets-201', isTreaty: true, updatedAt: at },
  ],
  standards: [{ slug: 'lanzarote-23', updatedAt: at }],
}

describe('buildSitemap', () => {
  const urls = buildSitemap('https://laws.example.org', records).map((e) => e.url)

  it('lists the home page, every crawlable section and each record page as absolute URLs', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://laws.example.org/',
        'https://laws.example.org/standards',
        'https://laws.example.org/crosswalks',
        'https://laws.example.org/compare/ages',
        'https://laws.example.org/jurisdictions/GB-SCT',
        'https://laws.example.org/instruments/akn/gb/act/2023/50',
        'https://laws.example.org/instruments/akn/coe/treaty/2007/cets-201',
        'https://laws.example.org/treaties/akn/coe/treaty/2007/cets-201',
        'https://laws.example.org/standards/lanzarote-23',
      ]),
    )
    for (const section of siteSections.filter((s) => s.crawlable))
      expect(urls).toContain(`https://laws.example.org${section.href}`)
  })

  it('leaves out private pages and treaty pages of non-treaties, and repeats nothing', () => {
    expect(urls).not.toContain('https://laws.example.org/drafts')
    expect(urls).not.toContain('https://laws.example.org/treaties/akn/gb/act/2023/50')
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('keeps a base path of APP_URL and escapes what XML must not see raw', () => {
    const [home] = buildSitemap('https://example.org/lexbridge', records)
    expect(home.url).toBe('https://example.org/lexbridge/')
    const odd = buildSitemap('https://example.org', { ...records, standards: [{ slug: 'a&b', updatedAt: at }] })
    expect(odd.at(-1)!.url).toBe('https://example.org/standards/a&amp;b')
  })
})

describe('crawlRules', () => {
  it('keeps crawlers out of curation, accounts, drafts and the JSON API but not the API reference page', () => {
    const blocked = (path: string) => crawlRules.disallow.some((prefix) => path.startsWith(prefix))
    expect(['/admin', '/admin/review', '/api/v1/jurisdictions', '/api/auth/session', '/drafts/x'].every(blocked)).toBe(
      true,
    )
    expect(['/', '/api', '/standards/lanzarote-23', '/jurisdictions/GB'].some(blocked)).toBe(false)
  })
})
