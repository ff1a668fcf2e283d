/**
 * The site's public sections, in navigation order: the top navigation shows every one, and the
 * sitemap lists those a crawler can read (drafts need an account, so they are left out).
 */
export type SiteSection = { href: string; label: string; crawlable: boolean }

export const siteSections: SiteSection[] = [
  { href: '/jurisdictions', label: 'Jurisdictions', crawlable: true },
  { href: '/instruments', label: 'Instruments', crawlable: true },
  { href: '/search', label: 'Search', crawlable: true },
  { href: '/compare', label: 'Compare', crawlable: true },
  { href: '/standards', label: 'Standards', crawlable: true },
  { href: '/gaps', label: 'Gaps', crawlable: true },
  { href: '/treaties', label: 'Treaties', crawlable: true },
  { href: '/ages', label: 'Ages', crawlable: true },
  { href: '/readiness', label: 'Readiness', crawlable: true },
  { href: '/crosswalks', label: 'Crosswalks', crawlable: true },
  { href: '/drafts', label: 'Drafts', crawlable: false },
  { href: '/api', label: 'API', crawlable: true },
  { href: '/about/data', label: 'About the data', crawlable: true },
]
