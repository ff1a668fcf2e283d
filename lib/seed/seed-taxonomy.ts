import type { DataTopic } from '@/lib/schemas/dataset'
import type { Dataset } from '@/lib/dataset/read-dataset'
import type { SeedContext } from './context'
import { orNull } from './convert'
import { openTable } from './table'

/** Topics (a tree, sortOrder = position among siblings), concepts and age benchmark kinds from taxonomy.json. */
export async function seedTaxonomy(ctx: SeedContext, dataset: Dataset) {
  const source = 'prisma/data/taxonomy.json'
  if (!dataset.taxonomy) {
    ctx.report.warnings.push('taxonomy.json missing or invalid: no topics, concepts or age benchmark kinds seeded')
    return
  }
  const { topics, concepts, ageBenchmarkKinds } = dataset.taxonomy

  const topicTable = await openTable(ctx, {
    model: 'topic',
    entity: 'Topic',
    key: (row) => row.slug as string,
    curated: false,
  })
  const topicRows: {
    id: string
    slug: string
    name: string
    description: string | null
    parentId: string | null
    sortOrder: number
  }[] = []
  const walk = (nodes: DataTopic[], parentId: string | null) =>
    nodes.forEach((topic, index) => {
      const id = topicTable.idFor(topic.slug)
      topicRows.push({
        id,
        slug: topic.slug,
        name: topic.name,
        description: orNull(topic.description),
        parentId,
        sortOrder: index,
      })
      walk(topic.children ?? [], id)
    })
  walk(topics, null)
  await topicTable.sync(topicRows, source)
  for (const row of topicRows) ctx.refs.topics.set(row.slug, row.id)

  const conceptTable = await openTable(ctx, {
    model: 'concept',
    entity: 'Concept',
    key: (row) => row.slug as string,
    curated: false,
  })
  const conceptRows = concepts.map((concept, index) => ({
    id: conceptTable.idFor(concept.slug),
    slug: concept.slug,
    name: concept.name,
    description: orNull(concept.description),
    sortOrder: index,
  }))
  await conceptTable.sync(conceptRows, source)
  for (const row of conceptRows) ctx.refs.concepts.set(row.slug, row.id)

  const kindTable = await openTable(ctx, {
    model: 'ageBenchmarkKind',
    entity: 'AgeBenchmarkKind',
    key: (row) => row.code as string,
    curated: false,
  })
  const kindRows = ageBenchmarkKinds.map((kind, index) => ({
    id: kindTable.idFor(kind.code),
    code: kind.code,
    name: kind.name,
    description: orNull(kind.description),
    sortOrder: index,
  }))
  await kindTable.sync(kindRows, source)
  for (const row of kindRows) ctx.refs.ageKinds.set(row.code, row.id)
}
