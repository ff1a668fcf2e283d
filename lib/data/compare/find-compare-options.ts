import type { Db } from '@/lib/db/prisma'
import { published } from '../published'

/**
 * Everything the comparison pickers offer: jurisdictions (with whether any law is recorded),
 * international instruments for the extra column, topics, concepts and criteria with elements.
 */
export async function findCompareOptions(client: Db) {
  const [jurisdictions, instruments, topics, concepts, criteria] = await Promise.all([
    client.jurisdiction.findMany({
      where: { ...published, kind: { in: ['STATE', 'TERRITORY', 'SUBNATIONAL', 'REGIONAL_ORGANISATION'] } },
      orderBy: [{ name: 'asc' }],
      select: {
        code: true,
        name: true,
        kind: true,
        regionName: true,
        _count: {
          select: {
            instruments: { where: published },
            definitions: { where: published },
            ageBenchmarks: { where: published },
          },
        },
      },
    }),
    client.instrument.findMany({
      where: { ...published, jurisdiction: { kind: { in: ['REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION'] } } },
      orderBy: [{ title: 'asc' }],
      select: { uri: true, title: true, shortTitle: true, jurisdiction: { select: { name: true } } },
    }),
    client.topic.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, slug: true, name: true, description: true, parentId: true, sortOrder: true },
    }),
    client.concept.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } }),
    client.criterion.findMany({
      where: { ...published, standard: published },
      orderBy: [{ standard: { name: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }],
      select: {
        code: true,
        title: true,
        standard: { select: { slug: true, name: true } },
        _count: { select: { elements: true } },
      },
    }),
  ])
  return {
    jurisdictions: jurisdictions.map(({ _count, ...j }) => ({
      ...j,
      hasData: _count.instruments + _count.definitions + _count.ageBenchmarks > 0,
    })),
    instruments: instruments.map((i) => ({ uri: i.uri, label: i.shortTitle ?? i.title, issuer: i.jurisdiction.name })),
    topics,
    concepts,
    criteria: criteria.map((c) => ({
      ref: `${c.standard.slug}/${c.code}`,
      label: `${c.standard.name} — ${c.code} ${c.title}`,
      elements: c._count.elements,
    })),
  }
}

export type CompareOptions = Awaited<ReturnType<typeof findCompareOptions>>
