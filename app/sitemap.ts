import type { MetadataRoute } from 'next'
import { headers } from 'next/headers'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { findSitemapPages } from '@/lib/data/find-sitemap-pages'
import { buildSitemap } from '@/lib/domain/sitemap-entries'
import { publicOrigin } from '@/lib/http/public-origin'

/** /sitemap.xml: every public page, from the published data at request time (headers() makes it dynamic). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin(await headers(), env.APP_URL)
  return buildSitemap(origin, await findSitemapPages(db))
}
