import type { Db } from '@/lib/db/prisma'
import type { SitemapRecords } from '@/lib/domain/sitemap-entries'
import { published } from './published'

/** The published records that have a public page of their own, with when each last changed. */
export async function findSitemapPages(db: Db): Promise<SitemapRecords> {
  const [jurisdictions, instruments, standards] = await Promise.all([
    db.jurisdiction.findMany({ where: published, orderBy: { code: 'asc' }, select: { code: true, updatedAt: true } }),
    db.instrument.findMany({
      where: { ...published, jurisdiction: published },
      orderBy: { uri: 'asc' },
      select: { uri: true, kind: true, updatedAt: true },
    }),
    db.baselineStandard.findMany({
      where: published,
      orderBy: { slug: 'asc' },
      select: { slug: true, updatedAt: true },
    }),
  ])
  return {
    jurisdictions,
    instruments: instruments.map((i) => ({
      uri: i.uri,
      isTreaty: i.kind === 'TREATY' || i.kind === 'PROTOCOL',
      updatedAt: i.updatedAt,
    })),
    standards,
  }
}
