import type { Db } from '@/lib/db/prisma'
import { published } from '../published'
import { findCompareColumns, publicColumn } from './find-compare-columns'
import { definitionFields, toDefinitionSummary } from './summaries'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { ConceptMatrix, DefinitionSummary } from '@/lib/domain/compare/compare-views'

export type ConceptMatrixOptions = { jurisdictions: string[]; concept?: string; column?: string; today?: Date }

/**
 * Compare by concept: rows are concepts (all, or the one chosen), cells the definitions each
 * jurisdiction gives. An instrument column shows definitions tied to that instrument's provisions.
 */
export async function findConceptMatrix(client: Db, options: ConceptMatrixOptions): Promise<ConceptMatrix> {
  const today = options.today ?? new Date()
  const [{ columns, notFound }, concepts] = await Promise.all([
    findCompareColumns(client, { jurisdictions: options.jurisdictions, instrumentUri: options.column }),
    client.concept.findMany({
      where: options.concept ? { slug: options.concept } : {},
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, slug: true, name: true, description: true },
    }),
  ])
  const base = {
    by: 'concept' as const,
    asOf: isoDay(today)!,
    columns: columns.map(publicColumn),
    notes: [] as string[],
  }
  if (options.concept && !concepts.length)
    return { ...base, title: 'Unknown concept', concept: null, rows: [], notFound: [...notFound, options.concept] }

  const jurisdictionIds = columns.filter((c) => c.kind === 'jurisdiction').map((c) => c.id)
  const instrumentIds = columns.filter((c) => c.kind === 'instrument').map((c) => c.id)
  const definitions = columns.length
    ? await client.definition.findMany({
        where: {
          ...published,
          conceptId: { in: concepts.map((c) => c.id) },
          OR: [
            { jurisdictionId: { in: jurisdictionIds } },
            { provision: { instrumentVersion: { instrumentId: { in: instrumentIds } } } },
          ],
        },
        orderBy: [{ term: 'asc' }],
        select: definitionFields,
      })
    : []

  const columnByJurisdiction = new Map(columns.filter((c) => c.kind === 'jurisdiction').map((c) => [c.id, c.key]))
  const columnByInstrument = new Map(columns.filter((c) => c.kind === 'instrument').map((c) => [c.id, c.key]))
  const cells = new Map<string, DefinitionSummary[]>() // `${conceptId} ${columnKey}`
  for (const definition of definitions) {
    const keys = [
      columnByJurisdiction.get(definition.jurisdictionId),
      definition.provision && columnByInstrument.get(definition.provision.instrumentVersion.instrumentId),
    ]
    for (const key of new Set(keys.filter((k): k is string => Boolean(k)))) {
      const cellKey = `${definition.conceptId} ${key}`
      cells.set(cellKey, [...(cells.get(cellKey) ?? []), toDefinitionSummary(definition)])
    }
  }
  const only = options.concept ? concepts[0] : null
  return {
    ...base,
    title: only ? `Definitions of ${only.name.toLowerCase()}` : 'All defined concepts',
    concept: only ? { slug: only.slug, name: only.name } : null,
    notFound,
    rows: concepts.map((concept) => ({
      key: concept.slug,
      label: concept.name,
      description: concept.description,
      depth: 0,
      group: false,
      cells: columns.map((column) => ({ column: column.key, items: cells.get(`${concept.id} ${column.key}`) ?? [] })),
    })),
  }
}
