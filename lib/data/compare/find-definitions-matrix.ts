import type { Db } from '@/lib/db/prisma'
import { compareFeatures } from '@/lib/domain/definition-features'
import { published } from '../published'
import { findCompareColumns, publicColumn } from './find-compare-columns'
import { definitionFields, toDefinitionSummary } from './summaries'
import type { DefinitionColumn, DefinitionsMatrix } from '@/lib/domain/compare/compare-views'

/**
 * The definitions matrix of one concept: every definition the columns give, side by side, and a
 * feature table (true / false / unknown per structured feature) that marks where they differ.
 * null when the concept does not exist. Three queries.
 */
export async function findDefinitionsMatrix(
  client: Db,
  options: { concept: string; jurisdictions: string[]; column?: string },
): Promise<DefinitionsMatrix | null> {
  const [{ columns, notFound }, concept] = await Promise.all([
    findCompareColumns(client, { jurisdictions: options.jurisdictions, instrumentUri: options.column }),
    client.concept.findUnique({
      where: { slug: options.concept },
      select: { id: true, slug: true, name: true, description: true },
    }),
  ])
  if (!concept) return null
  const jurisdictionIds = columns.filter((c) => c.kind === 'jurisdiction').map((c) => c.id)
  const instrumentIds = columns.filter((c) => c.kind === 'instrument').map((c) => c.id)
  const rows = columns.length
    ? await client.definition.findMany({
        where: {
          ...published,
          conceptId: concept.id,
          OR: [
            { jurisdictionId: { in: jurisdictionIds } },
            { provision: { instrumentVersion: { instrumentId: { in: instrumentIds } } } },
          ],
        },
        orderBy: [{ term: 'asc' }],
        select: definitionFields,
      })
    : []

  const definitions: (DefinitionColumn & { features: unknown })[] = []
  const gaps = []
  for (const column of columns) {
    const mine = rows.filter((row) =>
      column.kind === 'jurisdiction'
        ? row.jurisdictionId === column.id
        : row.provision?.instrumentVersion.instrumentId === column.id,
    )
    if (!mine.length) gaps.push(publicColumn(column))
    for (const row of mine)
      definitions.push({
        ...toDefinitionSummary(row),
        columnKey: column.key,
        // Two definitions from one jurisdiction are told apart by their citations.
        columnName: mine.length > 1 ? `${column.name}: ${row.citation}` : column.name,
        featuresInvalid: false,
        features: row.features,
      })
  }
  const { rows: features, invalid } = compareFeatures(
    concept.slug,
    definitions.map((d) => d.features),
  )
  return {
    concept,
    columns: columns.map(publicColumn),
    definitions: definitions.map(({ features: _features, ...definition }, index) => ({
      ...definition,
      featuresInvalid: invalid[index],
    })),
    gaps,
    features,
    notFound,
  }
}
