import { required } from '../refs'
import { iso, toDate, type Row } from '../types'
import { contains, defineConfig, rel } from './record-config'

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
    id: true,
    uri: true,
    kind: true,
    title: true,
    shortTitle: true,
    officialCitation: true,
    officialUrl: true,
    officialTextUrl: true,
    adoptedOn: true,
    inForceOn: true,
    repealedOn: true,
    status: true,
    summary: true,
    language: true,
    statusAsOf: true,
    statusSourceUrl: true,
    verification: true,
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
    curatorNote: row.curatorNote as string | null,
    verification: row.verification as 'VERIFIED',
  }),
  toData: async (input, refs) => {
    const { version, parent, ...rest } = input
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
})

type JurisdictionRow = Row & { code: string; name: string }
export type { Code }
