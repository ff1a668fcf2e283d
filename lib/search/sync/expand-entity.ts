import type { Db } from '@/lib/db/prisma'
import type { DocumentRef } from '../load-documents'
import type { SearchEntityType } from '../outbox'

/**
 * Which documents one changed row affects: an instrument's title appears in each of its
 * provisions' documents, a provision's kind and date in the definitions it holds, a definition's
 * concept in its provision's concept facet. Hidden rows are included on purpose, so the worker
 * can remove their documents.
 */
export async function expandEntity(
  db: Db,
  entityType: Exclude<SearchEntityType, 'all'>,
  id: string,
): Promise<DocumentRef[]> {
  const refs = (type: DocumentRef['type'], rows: { id: string }[]) => rows.map((row) => ({ type, entityId: row.id }))
  switch (entityType) {
    case 'provision': {
      const definitions = await db.definition.findMany({ where: { provisionId: id }, select: { id: true } })
      return [{ type: 'provision', entityId: id }, ...refs('definition', definitions)]
    }
    case 'definition': {
      const definition = await db.definition.findUnique({ where: { id }, select: { provisionId: true } })
      return [
        { type: 'definition', entityId: id },
        ...(definition?.provisionId ? [{ type: 'provision' as const, entityId: definition.provisionId }] : []),
      ]
    }
    case 'instrumentVersion': {
      const [provisions, definitions] = await Promise.all([
        db.provision.findMany({ where: { versionId: id }, select: { id: true } }),
        db.definition.findMany({ where: { provision: { versionId: id } }, select: { id: true } }),
      ])
      return [...refs('provision', provisions), ...refs('definition', definitions)]
    }
    case 'instrument': {
      const [provisions, definitions] = await Promise.all([
        db.provision.findMany({ where: { instrumentVersion: { instrumentId: id } }, select: { id: true } }),
        db.definition.findMany({
          where: { provision: { instrumentVersion: { instrumentId: id } } },
          select: { id: true },
        }),
      ])
      return [
        { type: 'instrument', entityId: id },
        ...refs('provision', provisions),
        ...refs('definition', definitions),
      ]
    }
    case 'jurisdiction': {
      const [instruments, provisions, definitions] = await Promise.all([
        db.instrument.findMany({ where: { jurisdictionId: id }, select: { id: true } }),
        db.provision.findMany({
          where: { instrumentVersion: { instrument: { jurisdictionId: id } } },
          select: { id: true },
        }),
        db.definition.findMany({
          where: {
            OR: [{ jurisdictionId: id }, { provision: { instrumentVersion: { instrument: { jurisdictionId: id } } } }],
          },
          select: { id: true },
        }),
      ])
      return [
        { type: 'jurisdiction', entityId: id },
        ...refs('instrument', instruments),
        ...refs('provision', provisions),
        ...refs('definition', definitions),
      ]
    }
  }
}
