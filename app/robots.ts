import type { MetadataRoute } from 'next'
import { headers } from 'next/headers'
import { env } from '@/lib/env'
import { crawlRules } from '@/lib/domain/sitemap-entries'
import { publicOrigin } from '@/lib/http/public-origin'

/** /robots.txt: public pages and the API reference may be crawled; curation, accounts, drafts and the JSON API not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = publicOrigin(await headers(), env.APP_URL)
  return { rules: { userAgent: '*', ...crawlRules }, sitemap: `${origin}/sitemap.xml` }
}
