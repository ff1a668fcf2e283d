import type { Db } from '@/lib/db/prisma'
import { toSearchDocument, type DocumentSource } from './documents'
import { definitionSourceSql, pub } from './published-sql'
import type { SearchDocument, SearchDocumentType } from './search-port'

/**
 * Reads the rows behind search documents from Postgres (one SQL statement per record type, for
 * any number of ids) and maps them with toSearchDocument. Used by reindex and the sync worker
 * (Meilisearch) and by the embedded engine for its page of hits. Only what the public may see is
 * returned: a record that is unpublished, deleted, or under a hidden parent is simply absent,
 * which the sync worker turns into a delete. The visibility rules are those of
 * embedded/search-sql.ts.
 */
export type DocumentRef = { type: SearchDocumentType; entityId: string }

const instrumentJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'uri', ${a}.uri, 'title', ${a}.title, 'shortTitle', ${a}."shortTitle", 'kind', ${a}.kind, 'inForceOn', ${a}."inForceOn", 'adoptedOn', ${a}."adoptedOn")`
const jurisdictionJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'code', ${a}.code, 'name', ${a}.name, 'regionCode', ${a}."regionCode")`

/** The heading of the nearest ancestor provision that has one (null when the provision has its own). */
const parentHeadingSql = (a: string) => `CASE WHEN ${a}.heading IS NULL AND ${a}."parentId" IS NOT NULL THEN (
      WITH RECURSIVE up AS (
        SELECT x.id, x."parentId", x.heading, 1 AS depth FROM "Provision" x WHERE x.id = ${a}."parentId"
        UNION ALL
        SELECT x.id, x."parentId", x.heading, up.depth + 1 FROM "Provision" x JOIN up ON x.id = up."parentId" WHERE up.heading IS NULL AND up.depth < 20
      ) SELECT heading FROM up WHERE heading IS NOT NULL ORDER BY depth LIMIT 1) END`

const queries: Record<SearchDocumentType, string> = {
  provision: `SELECT 'provision' AS type, p.id, p."versionId", p."eId", p.num, p.heading, ${parentHeadingSql('p')} AS "parentHeading", p.text, p.citation, p.verification::text AS verification, v.language,
      ${instrumentJson('i')} AS instrument, ${jurisdictionJson('j')} AS jurisdiction,
      coalesce(p."topicSlugs", '{}') AS topics,
      ARRAY(SELECT DISTINCT c.slug FROM "Definition" d JOIN "Concept" c ON c.id = d."conceptId" WHERE d."provisionId" = p.id AND ${pub('d')} ORDER BY c.slug) AS concepts
    FROM "Provision" p
    JOIN "InstrumentVersion" v ON v.id = p."versionId"
    JOIN "Instrument" i ON i.id = v."instrumentId"
    JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"
    WHERE p.id = ANY($1::text[]) AND ${pub('p')} AND ${pub('v')} AND ${pub('i')} AND ${pub('j')}`,
  definition: `SELECT 'definition' AS type, d.id, d.term, d.text, d.citation, d.verification::text AS verification, d.language,
      json_build_object('slug', c.slug, 'name', c.name) AS concept, ${jurisdictionJson('j')} AS jurisdiction,
      CASE WHEN dp.id IS NULL THEN NULL ELSE json_build_object('id', dp.id, 'eId', dp."eId", 'instrument', ${instrumentJson('di')}) END AS provision
    ${definitionSourceSql}
    WHERE d.id = ANY($1::text[]) AND ${pub('d')} AND ${pub('j')}`,
  instrument: `SELECT 'instrument' AS type, i.id, i.summary, i."officialCitation", i.verification::text AS verification, i.language,
      ${instrumentJson('i')} AS instrument, ${jurisdictionJson('j')} AS jurisdiction
    FROM "Instrument" i JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"
    WHERE i.id = ANY($1::text[]) AND ${pub('i')} AND ${pub('j')}`,
  jurisdiction: `SELECT 'jurisdiction' AS type, j.id, j."officialName", j.notes, j.kind::text AS kind, j."regionName", j.verification::text AS verification,
      ${jurisdictionJson('j')} AS jurisdiction
    FROM "Jurisdiction" j WHERE j.id = ANY($1::text[]) AND ${pub('j')}`,
}

type JsonInstrument = { inForceOn: string | null; adoptedOn: string | null } & Record<string, unknown>
const toDate = (value: string | null) => (value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null)
const withDates = (instrument: JsonInstrument) => ({
  ...instrument,
  inForceOn: toDate(instrument.inForceOn),
  adoptedOn: toDate(instrument.adoptedOn),
})

/** JSON from SQL → DocumentSource (dates back to Date objects). */
function toSource(row: Record<string, unknown>): DocumentSource {
  const source = { ...row } as Record<string, unknown>
  if (source.instrument) source.instrument = withDates(source.instrument as JsonInstrument)
  const provision = source.provision as { instrument: JsonInstrument } | null | undefined
  if (provision) source.provision = { ...provision, instrument: withDates(provision.instrument) }
  return source as DocumentSource
}

/** The visible documents among `refs`, keyed by document id. */
export async function loadSearchDocuments(db: Db, refs: DocumentRef[]): Promise<Map<string, SearchDocument>> {
  const byType = new Map<SearchDocumentType, Set<string>>()
  for (const ref of refs) byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.entityId))
  const rows = await Promise.all(
    [...byType].map(([type, ids]) => db.$queryRawUnsafe<Record<string, unknown>[]>(queries[type], [...ids])),
  )
  return new Map(
    rows.flat().map((row) => {
      const document = toSearchDocument(toSource(row))
      return [document.id, document] as const
    }),
  )
}
