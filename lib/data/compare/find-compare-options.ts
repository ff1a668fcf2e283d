import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import { instrumentHeaderSelect } from '../shared-selects'
import { findJurisdictionPicker } from './find-jurisdiction-groups'

/**
 * Everything the comparison pickers offer: jurisdictions (with whether any law is recorded),
 * international instruments for the extra column, topics, concepts and criteria with elements,
 * and the organisations and regions a picker adds in one action.
 */
export async function findCompareOptions(client: Db) {
  const [picker, instruments, topics, concepts, criteria] = await Promise.all([
    findJurisdictionPicker(client),
    client.instrument.findMany({
      where: { ...published, jurisdiction: { kind: { in: ['REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION'] } } },
      orderBy: [{ title: 'asc' }],
      select: { ...instrumentHeaderSelect, jurisdiction: { select: { name: true } } },
    }),
    client.topic.findMany({
      where: { deletedAt: null },
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
    jurisdictions: picker.jurisdictions,
    instruments: instruments.map((i) => ({ uri: i.uri, label: i.shortTitle ?? i.title, issuer: i.jurisdiction.name })),
    topics,
    concepts,
    criteria: criteria.map((c) => ({
      ref: `${c.standard.slug}/${c.code}`,
      label: `${c.standard.name} — ${c.code} ${c.title}`,
      elements: c._count.elements,
    })),
    groups: picker.groups,
  }
}

export type CompareOptions = Awaited<ReturnType<typeof findCompareOptions>>
