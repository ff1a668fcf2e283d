import type { Db } from '@/lib/db/prisma'
import type { LawAnnotation, LawDocument, LawFormat, LawNode, LawRef } from '@/lib/import/formats/law-document'
import { chooseVersion } from '@/lib/domain/instrument-address'
import { published } from '../published'

/**
 * One published instrument version as a LawDocument (what serializeAkn writes): the work, the
 * expression and its provisions as a tree in document order. `null` when the work or the
 * expression is not published. Public data only, so no user is needed in the options.
 */
export async function getLawDocument(
  db: Db,
  options: { workUri: string; expressionUri?: string | null },
): Promise<LawDocument | null> {
  const instrument = await db.instrument.findFirst({
    where: { ...published, uri: options.workUri },
    select: {
      uri: true,
      kind: true,
      status: true,
      title: true,
      shortTitle: true,
      officialCitation: true,
      officialUrl: true,
      adoptedOn: true,
      jurisdiction: { select: { code: true } },
      versions: {
        where: published,
        select: {
          id: true,
          instrumentId: true,
          expressionUri: true,
          language: true,
          asAt: true,
          validFrom: true,
          validTo: true,
          title: true,
          sourceFormat: true,
        },
      },
    },
  })
  if (!instrument) return null
  const { version } = chooseVersion(instrument.versions, { expressionUri: options.expressionUri ?? null })
  if (!version) return null
  const rows = await db.provision.findMany({
    where: { ...published, versionId: version.id },
    orderBy: { sortOrder: 'asc' },
    select: {
      id: true,
      parentId: true,
      eId: true,
      tag: true,
      num: true,
      heading: true,
      text: true,
      refs: true,
      annotations: true,
    },
  })
  const nodes: LawNode[] = []
  const byId = new Map<string, LawNode>()
  for (const row of rows) {
    const node: LawNode = {
      eId: row.eId,
      tag: row.tag ?? guessTag(row.eId),
      ...(row.num ? { num: row.num } : {}),
      ...(row.heading ? { heading: row.heading } : {}),
      text: row.text,
      ...(Array.isArray(row.refs) && row.refs.length ? { refs: row.refs as LawRef[] } : {}),
      ...(Array.isArray(row.annotations) && row.annotations.length
        ? { annotations: row.annotations as LawAnnotation[] }
        : {}),
      children: [],
    }
    byId.set(row.id, node)
    const parent = row.parentId ? byId.get(row.parentId) : undefined
    ;(parent ? parent.children : nodes).push(node)
  }
  const day = (date: Date | null) =>
    date ? { value: date.toISOString().slice(0, 10), precision: 'DAY' as const } : undefined
  return {
    format: (version.sourceFormat as LawFormat | null) ?? 'akn',
    work: {
      uri: instrument.uri,
      country: instrument.jurisdiction.code.toLowerCase(),
      kind: instrument.kind,
      status: instrument.status,
      title: instrument.title,
      ...(instrument.shortTitle ? { shortTitle: instrument.shortTitle } : {}),
      ...(instrument.officialCitation ? { officialCitation: instrument.officialCitation } : {}),
      ...(instrument.adoptedOn ? { date: day(instrument.adoptedOn) } : {}),
      ...(instrument.officialUrl ? { officialUrl: instrument.officialUrl } : {}),
    },
    expression: {
      uri: version.expressionUri,
      language: version.language,
      ...(version.asAt ? { asAt: day(version.asAt) } : {}),
      ...(version.title ? { title: version.title } : {}),
    },
    nodes,
    warnings: [],
  }
}

/** Curated rows carry no tag: the eId's last step names the unit ("sec_7__subsec_1" → subsection). */
const eIdTags: Record<string, string> = {
  sec: 'section',
  subsec: 'subsection',
  para: 'paragraph',
  subpara: 'subparagraph',
  art: 'article',
  chp: 'chapter',
  part: 'part',
  sch: 'schedule',
  att: 'attachment',
  hcontainer: 'hcontainer',
}
function guessTag(eId: string) {
  const last =
    eId
      .split('__')
      .at(-1)
      ?.replace(/_[^_]*$/, '') ?? ''
  return eIdTags[last] ?? 'hcontainer'
}
