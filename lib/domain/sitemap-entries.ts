import { escapeXml } from './atom'
import { instrumentHref, jurisdictionHref, standardHref, treatyHref } from './links'
import { siteSections } from './site-sections'

/** What the sitemap is built from: the published records that have a page of their own. */
export type SitemapRecords = {
  jurisdictions: { code: string; updatedAt: Date }[]
  instruments: { uri: string; isTreaty: boolean; updatedAt: Date }[]
  standards: { slug: string; updatedAt: Date }[]
}
export type SitemapEntry = { url: string; lastModified?: Date }

/**
 * Every public page as an absolute URL on `origin`: the home page, each crawlable section, and the
 * page of every published jurisdiction, instrument, treaty and standard. Next.js writes `url` into
 * <loc> as it is, so XML's special characters are escaped here.
 */
export function buildSitemap(origin: string, records: SitemapRecords): SitemapEntry[] {
  const at = (path: string) => escapeXml(new URL(`${origin}${path}`).href)
  const pages = [
    '/',
    ...siteSections.filter((s) => s.crawlable).map((s) => s.href),
    '/compare/definitions',
    '/compare/ages',
  ]
  return [
    ...pages.map((path) => ({ url: at(path) })),
    ...records.jurisdictions.map((j) => ({ url: at(jurisdictionHref(j.code)), lastModified: j.updatedAt })),
    ...records.instruments.map((i) => ({ url: at(instrumentHref(i.uri)), lastModified: i.updatedAt })),
    ...records.instruments
      .filter((i) => i.isTreaty)
      .map((i) => ({ url: at(treatyHref(i.uri)), lastModified: i.updatedAt })),
    ...records.standards.map((s) => ({ url: at(standardHref(s.slug)), lastModified: s.updatedAt })),
  ]
}

/**
 * What crawlers may read: everything public, including the readable API reference at /api, but not
 * curation (/admin), accounts, private drafts, or the JSON API and its auth routes under /api/ (the
 * data is offered whole at /api/v1/bulk for anyone who wants it).
 */
export const crawlRules = {
  allow: '/',
  disallow: ['/admin', '/api/', '/drafts', '/saved', '/sign-in', '/signed-in', '/setup'],
}
