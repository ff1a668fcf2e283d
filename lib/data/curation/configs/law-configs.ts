import { required } from '../refs'
import { iso, toDate, type Row } from '../curated-model'
import { contains, defineConfig, rel } from './record-config'
import { instrumentDescriptionSelect } from '@/lib/data/shared-selects'

const cited = { sourceUrl: true, verification: true, curatorNote: true } as const
type Code = { code: string } | null
type Uri = { uri: string } | null

export const jurisdictionConfig = defineConfig({
  key: 'jurisdictions',
  model: 'jurisdiction',
  select: {
    id: true,
    code: true,
    name: true,
    officialName: true,
    kind: true,
    iso3: true,
    m49Code: true,
    regionCode: true,
    regionName: true,
    subregionCode: true,
    subregionName: true,
    notes: true,
    ...cited,
    parent: { select: { code: true } },
  },
  toInput: (row) => ({
    code: row.code as string,
    name: row.name as string,
    officialName: row.officialName as string | null,
    kind: row.kind as 'STATE',
    parent: rel<Code>(row, 'parent')?.code ?? null,
    iso3: row.iso3 as string | null,
    m49Code: row.m49Code as string | null,
    regionCode: row.regionCode as string | null,
    regionName: row.regionName as string | null,
    subregionCode: row.subregionCode as string | null,
    subregionName: row.subregionName as string | null,
    notes: row.notes as string | null,
    sourceUrl: row.sourceUrl as string | null,
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { parent, ...rest } = input
    return { ...rest, parentId: await refs.jurisdiction('parent', parent) }
  },
  keyColumns: ['code'],
  uniqueKey: true,
  title: (row) => `${row.name} (${row.code})`,
  subtitle: (row) => String(row.kind).toLowerCase().replaceAll('_', ' '),
  search: (q) => ({ OR: [contains('name', q), contains('code', q)] }),
  orderBy: [{ name: 'asc' }],
})

export const instrumentConfig = defineConfig({
  key: 'instruments',
  model: 'instrument',
  select: {
    ...instrumentDescriptionSelect,
    id: true,
    officialTextUrl: true,
    statusAsOf: true,
    statusSourceUrl: true,
    curatorNote: true,
    jurisdiction: { select: { code: true } },
  },
  toInput: (row) => ({
    uri: row.uri as string,
    jurisdiction: rel<{ code: string }>(row, 'jurisdiction').code,
    kind: row.kind as 'STATUTE',
    title: row.title as string,
    shortTitle: row.shortTitle as string | null,
    officialCitation: row.officialCitation as string | null,
    officialUrl: row.officialUrl as string | null,
    officialTextUrl: row.officialTextUrl as string | null,
    adoptedOn: iso(row.adoptedOn),
    inForceOn: iso(row.inForceOn),
    repealedOn: iso(row.repealedOn),
    status: row.status as 'IN_FORCE',
    summary: row.summary as string | null,
    language: row.language as string | null,
    statusAsOf: iso(row.statusAsOf),
    statusSourceUrl: row.statusSourceUrl as string | null,
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { jurisdiction, adoptedOn, inForceOn, repealedOn, statusAsOf, ...rest } = input
    const dates = {
      adoptedOn: toDate(adoptedOn),
      inForceOn: toDate(inForceOn),
      repealedOn: toDate(repealedOn),
      statusAsOf: toDate(statusAsOf),
    }
    return { ...rest, ...dates, jurisdictionId: required(await refs.jurisdiction('jurisdiction', jurisdiction)) }
  },
  keyColumns: ['uri'],
  uniqueKey: true,
  title: (row) => row.title as string,
  subtitle: (row) => row.uri as string,
  search: (q) => ({ OR: [contains('title', q), contains('uri', q), contains('shortTitle', q)] }),
  orderBy: [{ title: 'asc' }],
})

export const versionConfig = defineConfig({
  key: 'versions',
  model: 'instrumentVersion',
  select: {
    id: true,
    expressionUri: true,
    language: true,
    asAt: true,
    validFrom: true,
    validTo: true,
    title: true,
    note: true,
    ...cited,
    instrument: { select: { uri: true } },
  },
  toInput: (row) => ({
    instrument: rel<{ uri: string }>(row, 'instrument').uri,
    expressionUri: row.expressionUri as string,
    language: row.language as string,
    asAt: iso(row.asAt),
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    title: row.title as string | null,
    sourceUrl: row.sourceUrl as string | null,
    note: row.note as string | null,
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { instrument, asAt, validFrom, validTo, ...rest } = input
    return {
      ...rest,
      instrumentId: required(await refs.instrument('instrument', instrument)),
      asAt: toDate(asAt),
      validFrom: toDate(validFrom),
      validTo: toDate(validTo),
    }
  },
  keyColumns: ['expressionUri'],
  uniqueKey: true,
  title: (row) => row.expressionUri as string,
  subtitle: (row) => (row.title as string | null) ?? '',
  search: (q) => ({ OR: [contains('expressionUri', q), contains('title', q)] }),
  orderBy: [{ expressionUri: 'asc' }],
})

export const provisionConfig = defineConfig({
  key: 'provisions',
  model: 'provision',
  select: {
    id: true,
    eId: true,
    num: true,
    heading: true,
    text: true,
    textKind: true,
    sortOrder: true,
    citation: true,
    ...cited,
    instrumentVersion: { select: { expressionUri: true } },
    parent: { select: { eId: true } },
    topics: { select: { topic: { select: { slug: true } } } },
  },
  toInput: (row) => ({
    version: rel<{ expressionUri: string }>(row, 'instrumentVersion').expressionUri,
    eId: row.eId as string,
    parent: rel<{ eId: string } | null>(row, 'parent')?.eId ?? null,
    num: row.num as string | null,
    heading: row.heading as string | null,
    text: row.text as string,
    textKind: row.textKind as 'SUMMARY',
    sortOrder: row.sortOrder as number,
    citation: row.citation as string,
    sourceUrl: row.sourceUrl as string | null,
    topics: rel<{ topic: { slug: string } }[]>(row, 'topics')
      .map((t) => t.topic.slug)
      .sort(),
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    // Topic tags are child rows: `children` below writes them.
    const { version, parent, topics: _topics, ...rest } = input
    const versionId = await refs.version('version', version)
    const parentId = parent ? await refs.provisionInVersion('parent', versionId, parent) : null
    return { ...rest, versionId: required(versionId), parentId }
  },
  keyColumns: ['versionId', 'eId'],
  uniqueKey: true,
  title: (row) => `${row.citation as string}${row.heading ? ` — ${row.heading as string}` : ''}`,
  subtitle: (row) => `${rel<{ expressionUri: string }>(row, 'instrumentVersion').expressionUri}#${row.eId as string}`,
  search: (q) => ({ OR: [contains('citation', q), contains('heading', q), contains('eId', q), contains('text', q)] }),
  orderBy: [{ versionId: 'asc' }, { sortOrder: 'asc' }],
  /** Topic tags (provision ↔ taxonomy topic), recorded in the provision's revisions and restored with it. */
  children: {
    keys: ['topics'],
    async resolve(input, refs) {
      if (!input.topics) return { topics: undefined }
      const ids = await Promise.all(input.topics.map((slug) => refs.topic('topics', slug)))
      return { topics: ids.map((topicId) => ({ topicId })) }
    },
    async load(tx, id) {
      const topics = await tx.provisionTopic.findMany({
        where: { provisionId: id },
        orderBy: { topicId: 'asc' },
        select: { topicId: true },
      })
      return { topics }
    },
    async write(tx, id, rows) {
      if (!rows.topics) return
      const wanted = new Set(rows.topics.map((t) => t.topicId as string))
      const current = new Set(
        (await tx.provisionTopic.findMany({ where: { provisionId: id }, select: { topicId: true } })).map(
          (t) => t.topicId,
        ),
      )
      const gone = [...current].filter((topicId) => !wanted.has(topicId))
      const added = [...wanted].filter((topicId) => !current.has(topicId))
      if (gone.length) await tx.provisionTopic.deleteMany({ where: { provisionId: id, topicId: { in: gone } } })
      if (added.length)
        await tx.provisionTopic.createMany({ data: added.map((topicId) => ({ provisionId: id, topicId })) })
    },
  },
})

type JurisdictionRow = Row & { code: string; name: string }
export type { Code }
