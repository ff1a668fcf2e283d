import type { Db } from '@/lib/db/prisma'
import { buildTopicRows } from '@/lib/domain/topic-rows'
import { published } from '../published'
import { findCompareColumns, publicColumn } from './find-compare-columns'
import { findCurrentVersions } from './find-current-versions'
import { provisionFields, toProvisionSummary } from './summaries'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { MatrixRow, ProvisionSummary, TopicMatrix } from '@/lib/domain/compare/compare-views'

export type TopicMatrixOptions = { jurisdictions: string[]; topic?: string; column?: string; today?: Date }

/**
 * Compare by topic: rows are the topic and its sub-topics (the whole taxonomy when none is
 * chosen); a cell holds the provisions of the column's current instrument versions tagged with
 * the row's topic. Four queries whatever the size: columns, topics, versions, provisions.
 */
export async function findTopicMatrix(client: Db, options: TopicMatrixOptions): Promise<TopicMatrix> {
  const today = options.today ?? new Date()
  const [{ columns, notFound }, topics] = await Promise.all([
    findCompareColumns(client, { jurisdictions: options.jurisdictions, instrumentUri: options.column }),
    client.topic.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, name: true, description: true, parentId: true, sortOrder: true },
    }),
  ])
  const topicRows = buildTopicRows(topics, options.topic)
  const base = { by: 'topic' as const, asOf: isoDay(today)!, columns: columns.map(publicColumn), notes: [] as string[] }
  if (!topicRows) {
    return { ...base, title: 'Unknown topic', topic: null, rows: [], notFound: [...notFound, options.topic!] }
  }
  const root = options.topic ? topicRows[0].topic : null

  const versions = await findCurrentVersions(client, { columns, today })
  const topicIds = topicRows.map((row) => row.topic.id)
  const provisions = versions.size
    ? await client.provision.findMany({
        where: {
          ...published,
          versionId: { in: [...versions.keys()] },
          topics: { some: { topicId: { in: topicIds } } },
        },
        orderBy: [{ sortOrder: 'asc' }, { eId: 'asc' }],
        select: { ...provisionFields, topics: { where: { topicId: { in: topicIds } }, select: { topicId: true } } },
      })
    : []

  // topicId → column key → provisions
  const cells = new Map<string, Map<string, ProvisionSummary[]>>()
  for (const provision of provisions) {
    const version = versions.get(provision.versionId)!
    const summary = toProvisionSummary(provision, version)
    for (const { topicId } of provision.topics) {
      const byColumn = cells.get(topicId) ?? new Map<string, ProvisionSummary[]>()
      for (const key of version.columnKeys) byColumn.set(key, [...(byColumn.get(key) ?? []), summary])
      cells.set(topicId, byColumn)
    }
  }
  const byInstrumentTitle = (a: ProvisionSummary, b: ProvisionSummary) =>
    a.instrument.title.localeCompare(b.instrument.title)

  const rows: MatrixRow<ProvisionSummary>[] = topicRows.map(({ topic, depth, hasChildren }) => {
    const byColumn = cells.get(topic.id)
    const rowCells = columns.map((column) => ({
      column: column.key,
      items: [...(byColumn?.get(column.key) ?? [])].sort(byInstrumentTitle),
    }))
    return {
      key: topic.slug,
      label: topic.name,
      description: topic.description,
      depth,
      group: hasChildren && rowCells.every((cell) => cell.items.length === 0),
      cells: rowCells,
    }
  })
  return {
    ...base,
    title: root ? root.name : 'All topics',
    topic: root ? { slug: root.slug, name: root.name } : null,
    rows,
    notFound,
  }
}
