import type { Db } from '@/lib/db/prisma'
import { instrumentHref, jurisdictionHref } from '@/lib/domain/links'
import { published } from '../published'
import type { CompareColumn } from '@/lib/domain/compare/compare-views'
import { instrumentHeaderSelect } from '../shared-selects'

export type ResolvedColumn = CompareColumn & { id: string }

/**
 * The columns of a comparison: the requested jurisdictions (in the order asked) and, optionally,
 * an international instrument. Unknown or unpublished ones are reported, not silently dropped.
 */
export async function findCompareColumns(client: Db, options: { jurisdictions: string[]; instrumentUri?: string }) {
  const [jurisdictions, instrument] = await Promise.all([
    options.jurisdictions.length
      ? client.jurisdiction.findMany({
          where: { ...published, code: { in: options.jurisdictions } },
          select: { id: true, code: true, name: true, kind: true },
        })
      : Promise.resolve([]),
    options.instrumentUri
      ? client.instrument.findFirst({
          where: { ...published, uri: options.instrumentUri },
          select: { id: true, ...instrumentHeaderSelect },
        })
      : Promise.resolve(null),
  ])
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]))
  const columns: ResolvedColumn[] = []
  const notFound: string[] = []
  for (const code of options.jurisdictions) {
    const found = byCode.get(code)
    if (!found) notFound.push(code)
    else
      columns.push({
        key: found.code,
        kind: 'jurisdiction',
        id: found.id,
        code: found.code,
        name: found.name,
        href: jurisdictionHref(found.code),
        jurisdictionKind: found.kind,
      })
  }
  if (options.instrumentUri && !instrument) notFound.push(options.instrumentUri)
  if (instrument) {
    columns.push({
      key: `instrument:${instrument.uri}`,
      kind: 'instrument',
      id: instrument.id,
      code: instrument.uri,
      name: instrument.shortTitle ?? instrument.title,
      href: instrumentHref(instrument.uri),
    })
  }
  return { columns, notFound }
}

/** Drops the internal id before a column leaves the data layer. */
export const publicColumn = ({ id: _id, ...column }: ResolvedColumn): CompareColumn => column
