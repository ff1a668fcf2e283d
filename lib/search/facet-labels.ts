import type { Db } from '@/lib/db/prisma'
import { staticFacetLabel } from './search-request'
import type { FacetCounts, FacetKey } from './search-port'

/** Names for the codes and slugs in facet counts (jurisdictions, regions, topics, concepts). */
export async function loadFacetLabels(
  db: Db,
  facets: FacetCounts,
  selected: Partial<Record<FacetKey, string>>,
): Promise<(key: FacetKey, value: string) => string> {
  const values = (key: FacetKey) => [
    ...new Set([...facets[key].map((v) => v.value), ...(selected[key] ? [selected[key]!] : [])]),
  ]
  const [jurisdictions, regions, topics, concepts] = await Promise.all([
    values('jurisdiction').length
      ? db.jurisdiction.findMany({
          where: { code: { in: values('jurisdiction') } },
          select: { code: true, name: true },
        })
      : [],
    values('region').length
      ? db.jurisdiction.findMany({
          where: { regionCode: { in: values('region') }, regionName: { not: null } },
          distinct: ['regionCode'],
          select: { regionCode: true, regionName: true },
        })
      : [],
    values('topic').length
      ? db.topic.findMany({
          where: { slug: { in: values('topic') }, deletedAt: null },
          select: { slug: true, name: true },
        })
      : [],
    values('concept').length
      ? db.concept.findMany({ where: { slug: { in: values('concept') } }, select: { slug: true, name: true } })
      : [],
  ])
  const names: Partial<Record<FacetKey, Map<string, string>>> = {
    jurisdiction: new Map(jurisdictions.map((j) => [j.code, j.name])),
    region: new Map(regions.map((r) => [r.regionCode!, r.regionName!])),
    topic: new Map(topics.map((t) => [t.slug, t.name])),
    concept: new Map(concepts.map((c) => [c.slug, c.name])),
  }
  return (key, value) => staticFacetLabel(key, value) ?? names[key]?.get(value) ?? value
}
