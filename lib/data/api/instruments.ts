import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { pageOf } from '@/lib/domain/api-cursor'
import { buildProvisionTree, type TreeNode } from '@/lib/domain/provision-tree'
import { published } from '../published'
import { cursorKey, day, enumOf, param, type ListOptions } from './shape'
import { provisionTextSelect } from '@/lib/data/shared-selects'
import { instrumentDescriptionSelect } from '@/lib/data/shared-selects'

/** Published instruments for GET /api/v1/instruments[/{uri}], versions and provision trees. */
export const instrumentSelect = {
  ...instrumentDescriptionSelect,
  jurisdiction: { select: { code: true, name: true } },
} satisfies Prisma.InstrumentSelect

function toInstrumentItem(row: Prisma.InstrumentGetPayload<{ select: typeof instrumentSelect }>) {
  return {
    uri: row.uri,
    jurisdiction: row.jurisdiction,
    kind: param(row.kind),
    title: row.title,
    shortTitle: row.shortTitle,
    officialCitation: row.officialCitation,
    officialUrl: row.officialUrl,
    adoptedOn: day(row.adoptedOn),
    inForceOn: day(row.inForceOn),
    repealedOn: day(row.repealedOn),
    status: param(row.status),
    summary: row.summary,
    language: row.language,
    verification: param(row.verification),
  }
}

export type InstrumentFilters = ListOptions & {
  jurisdiction?: string[]
  kind?: string
  status?: string
  inForceOn?: string
}

/**
 * "In force on a date": in force from that date or earlier (or, with no date recorded, marked in
 * force or partly in force) and not repealed by then.
 */
function inForceOn(date: Date): Prisma.InstrumentWhereInput {
  return {
    AND: [
      { OR: [{ inForceOn: { lte: date } }, { inForceOn: null, status: { in: ['IN_FORCE', 'PARTLY_IN_FORCE'] } }] },
      { OR: [{ repealedOn: null }, { repealedOn: { gt: date } }] },
    ],
  }
}

export async function findApiInstruments(db: Db, options: InstrumentFilters) {
  const after = cursorKey(options.cursor, 1)
  const rows = await db.instrument.findMany({
    where: {
      ...published,
      jurisdiction: { ...published, ...(options.jurisdiction?.length ? { code: { in: options.jurisdiction } } : {}) },
      ...(options.kind ? { kind: enumOf(options.kind) } : {}),
      ...(options.status ? { status: enumOf(options.status) } : {}),
      ...(options.inForceOn ? inForceOn(new Date(`${options.inForceOn}T00:00:00Z`)) : {}),
      ...(after ? { uri: { gt: String(after[0]) } } : {}),
    },
    orderBy: { uri: 'asc' },
    take: options.limit + 1,
    select: instrumentSelect,
  })
  const { items, page } = pageOf(rows, options.limit, (row) => [row.uri])
  return { data: items.map(toInstrumentItem), page }
}

const versionSelect = {
  id: true,
  expressionUri: true,
  language: true,
  asAt: true,
  validFrom: true,
  validTo: true,
  title: true,
  sourceUrl: true,
  verification: true,
} satisfies Prisma.InstrumentVersionSelect

const toVersion = ({ id: _id, ...v }: Prisma.InstrumentVersionGetPayload<{ select: typeof versionSelect }>) => ({
  ...v,
  asAt: day(v.asAt),
  validFrom: day(v.validFrom),
  validTo: day(v.validTo),
  verification: param(v.verification),
})

/**
 * One instrument by work URI, or by an expression URI (which selects that version); `version`
 * selects one too. Without either, the newest version's provisions are given.
 */
export async function getApiInstrument(db: Db, options: { uri: string; version?: string }) {
  const expression = await db.instrumentVersion.findFirst({
    where: { ...published, expressionUri: options.uri },
    select: { expressionUri: true, instrument: { select: { uri: true } } },
  })
  const workUri = expression?.instrument.uri ?? options.uri
  const wanted = options.version ?? expression?.expressionUri
  const row = await db.instrument.findFirst({
    where: { ...published, uri: workUri, jurisdiction: published },
    select: {
      ...instrumentSelect,
      versions: {
        where: published,
        orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { asAt: 'desc' }, { expressionUri: 'asc' }],
        select: versionSelect,
      },
    },
  })
  if (!row) return null
  const { versions, ...instrument } = row
  const chosen = wanted ? versions.find((v) => v.expressionUri === wanted) : versions[0]
  if (wanted && !chosen) return null
  const provisions = chosen ? await findTree(db, chosen.id) : []
  return {
    ...toInstrumentItem(instrument),
    versions: versions.map(toVersion),
    expression: chosen ? toVersion(chosen) : null,
    provisions,
  }
}

async function findTree(db: Db, versionId: string) {
  const rows = await db.provision.findMany({
    where: { ...published, versionId },
    orderBy: [{ sortOrder: 'asc' }, { eId: 'asc' }],
    select: {
      ...provisionTextSelect,
      parentId: true,
      topics: { select: { topic: { select: { slug: true } } } },
    },
  })
  type Node = TreeNode<(typeof rows)[number]>
  const shape = (node: Node): ApiProvisionNode => ({
    eId: node.eId,
    num: node.num,
    heading: node.heading,
    text: node.text,
    textKind: param(node.textKind),
    citation: node.citation,
    sourceUrl: node.sourceUrl,
    verification: param(node.verification),
    topics: node.topics.map((t) => t.topic.slug),
    children: node.children.map(shape),
  })
  return buildProvisionTree(rows).map(shape)
}

type ApiProvisionNode = {
  eId: string
  num: string | null
  heading: string | null
  text: string
  textKind: 'verbatim' | 'summary'
  citation: string
  sourceUrl: string | null
  verification: 'verified' | 'needs-review'
  topics: string[]
  children: ApiProvisionNode[]
}

/** One provision by expression URI and eId, with its parent and children (headings only). */
export async function getApiProvision(db: Db, options: { expressionUri: string; eId: string }) {
  const row = await db.provision.findFirst({
    where: {
      ...published,
      eId: options.eId,
      instrumentVersion: {
        ...published,
        expressionUri: options.expressionUri,
        instrument: { ...published, jurisdiction: published },
      },
    },
    select: {
      eId: true,
      num: true,
      heading: true,
      text: true,
      textKind: true,
      citation: true,
      sourceUrl: true,
      verification: true,
      topics: { select: { topic: { select: { slug: true } } } },
      parent: { select: { eId: true, publicationState: true, deletedAt: true } },
      children: {
        where: published,
        orderBy: [{ sortOrder: 'asc' }, { eId: 'asc' }],
        select: { eId: true, num: true, heading: true },
      },
      instrumentVersion: { select: { expressionUri: true, instrument: { select: { uri: true, title: true } } } },
    },
  })
  if (!row) return null
  const parentShown = row.parent && row.parent.publicationState === 'PUBLISHED' && !row.parent.deletedAt
  return {
    eId: row.eId,
    num: row.num,
    heading: row.heading,
    text: row.text,
    textKind: param(row.textKind),
    citation: row.citation,
    sourceUrl: row.sourceUrl,
    verification: param(row.verification),
    topics: row.topics.map((t) => t.topic.slug),
    expressionUri: row.instrumentVersion.expressionUri,
    instrument: row.instrumentVersion.instrument,
    parent: parentShown ? row.parent!.eId : null,
    children: row.children,
  }
}
