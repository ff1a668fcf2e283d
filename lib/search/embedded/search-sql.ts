import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight'
import type { SearchDocumentType, SearchFilters, SearchSort } from '../search-port'
import type { SqlParams } from './sql-params'
import { TEXT_SEARCH_CONFIG, type TsquerySql } from './tsquery-sql'
import { definitionSourceSql, pub } from '../published-sql'

/**
 * One statement answers a search: matching rows of the four searchable tables (each through its
 * GIN index), their total, the requested page with ts_headline snippets, and every facet count.
 * Facet values are computed as lib/search/documents.ts computes them for Meilisearch.
 *
 * Provisions, by far the most numerous, are handled apart (`prov`): a match carries only what the
 * page and the facets need, and the facets are counted over groups — provisions sharing the
 * values they inherit from their instrument and jurisdiction and their verification status, then
 * per set of topics (unnested after grouping, not per match) — so a word found in a third of all
 * provisions costs a few group-bys instead of a seven-way grouping and an unnest over every match
 * (decision 1015; docs/search.md, "Speed").
 */

type Branch = {
  type: SearchDocumentType
  sql: (where: string, rank: string) => string
  alias: string
  filters: (f: SearchFilters, p: SqlParams) => string[] | null
}

/** The smaller record types; columns of every branch: type, id, rank, jurisdiction, region, kind, year, verification, language, date, concept, topics. */
const branches: Branch[] = [
  {
    type: 'definition',
    alias: 'd',
    sql: (
      where,
      rank,
    ) => `SELECT 'definition'::text, d.id, ${rank}, j.code, j."regionCode", di.kind::text, extract(year FROM di."inForceOn")::int,
        d.verification::text, d.language, coalesce(di."inForceOn", di."adoptedOn"), c.slug, NULL::text[]
      ${definitionSourceSql}
      WHERE ${pub('d')} AND ${pub('j')}${where}`,
    filters: (f, p) =>
      f.topic
        ? null
        : [
            ...(f.kind ? [`di.kind::text = ${p.add(f.kind)}`] : []),
            ...(f.year ? [`extract(year FROM di."inForceOn")::int = ${p.add(f.year, 'int')}`] : []),
            ...(f.language ? [`d.language = ${p.add(f.language)}`] : []),
            ...(f.concept ? [`c.slug = ${p.add(f.concept)}`] : []),
          ],
  },
  {
    type: 'instrument',
    alias: 'i',
    sql: (
      where,
      rank,
    ) => `SELECT 'instrument'::text, i.id, ${rank}, j.code, j."regionCode", i.kind::text, extract(year FROM i."inForceOn")::int,
        i.verification::text, i.language, coalesce(i."inForceOn", i."adoptedOn"), NULL::text, NULL::text[]
      FROM "Instrument" i JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"
      WHERE ${pub('i')} AND ${pub('j')}${where}`,
    filters: (f, p) =>
      f.topic || f.concept
        ? null
        : [
            ...(f.kind ? [`i.kind::text = ${p.add(f.kind)}`] : []),
            ...(f.year ? [`extract(year FROM i."inForceOn")::int = ${p.add(f.year, 'int')}`] : []),
            ...(f.language ? [`i.language = ${p.add(f.language)}`] : []),
          ],
  },
  {
    type: 'jurisdiction',
    alias: 'j',
    sql: (
      where,
      rank,
    ) => `SELECT 'jurisdiction'::text, j.id, ${rank}, j.code, j."regionCode", NULL::text, NULL::int, j.verification::text, NULL::text, NULL::date, NULL::text, NULL::text[]
      FROM "Jurisdiction" j WHERE ${pub('j')}${where}`,
    filters: (f) => (f.topic || f.concept || f.kind || f.year || f.language ? null : []),
  },
]

const orderBy: Record<SearchSort, string> = {
  relevance: 'rank DESC, date DESC NULLS LAST, type, id',
  newest: 'date DESC NULLS LAST, rank DESC, type, id',
  oldest: 'date ASC NULLS LAST, rank DESC, type, id',
}
// Without words to rank by, a browse lists jurisdictions, then instruments, provisions, definitions.
const browseOrder = `CASE type WHEN 'jurisdiction' THEN 0 WHEN 'instrument' THEN 1 WHEN 'provision' THEN 2 ELSE 3 END, date DESC NULLS LAST, id`

export const LT_STANDIN = '\uE002'
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=45, MinWords=20, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`

/** Conditions appended to a WHERE clause, one per line. */
const and = (conditions: string[]) => conditions.map((c) => `\n        AND ${c}`).join('')

export type SearchSqlInput = {
  tsquery: TsquerySql | null
  filters: SearchFilters
  sort: SearchSort
  limit: number
  offset: number
}

/**
 * The provision branch: `ver` lists the published instrument versions (under published instruments
 * and jurisdictions) that pass the filters set on the instrument or jurisdiction, with the facet
 * values and date their provisions inherit; `prov` the matching provisions (none when the type filter
 * asks for another kind of record).
 */
function provisionSql(input: SearchSqlInput, params: SqlParams): { ver: string; prov: string } {
  const { tsquery, filters: f } = input
  const onVersion = [
    ...(f.jurisdiction ? [`j.code = ${params.add(f.jurisdiction)}`] : []),
    ...(f.region ? [`j."regionCode" = ${params.add(f.region)}`] : []),
    ...(f.kind ? [`i.kind::text = ${params.add(f.kind)}`] : []),
    ...(f.year ? [`extract(year FROM i."inForceOn")::int = ${params.add(f.year, 'int')}`] : []),
    ...(f.language ? [`v.language = ${params.add(f.language)}`] : []),
  ]
  const onProvision = [
    ...(f.type && f.type !== 'provision' ? ['false'] : []),
    ...(tsquery ? [tsquery.match('p."searchVector"')] : []),
    ...(f.verification ? [`p.verification::text = ${params.add(f.verification)}`] : []),
    ...(f.topic ? [`p."topicSlugs" @> ARRAY[${params.add(f.topic)}]`] : []),
    ...(f.concept
      ? [
          `EXISTS (SELECT 1 FROM "Definition" d JOIN "Concept" c ON c.id = d."conceptId" WHERE d."provisionId" = p.id AND ${pub('d')} AND c.slug = ${params.add(f.concept)})`,
        ]
      : []),
  ]
  return {
    ver: `SELECT v.id, j.code AS jurisdiction, j."regionCode" AS region, i.kind::text AS kind,
        extract(year FROM i."inForceOn")::int AS year, v.language, coalesce(i."inForceOn", i."adoptedOn") AS date
      FROM "InstrumentVersion" v
      JOIN "Instrument" i ON i.id = v."instrumentId"
      JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"
      WHERE ${pub('v')} AND ${pub('i')} AND ${pub('j')}${and(onVersion)}`,
    prov: `SELECT p.id, p.verification, p."topicSlugs" AS topics,
        ${tsquery ? `ts_rank(p."searchVector", ${tsquery.query}, 1)` : '0::real'} AS rank, ver.date,
        ver.jurisdiction, ver.region, ver.kind, ver.year, ver.language
      FROM "Provision" p JOIN ver ON ver.id = p."versionId"
      WHERE ${pub('p')}${and(onProvision)}`,
  }
}

export function buildSearchSql(input: SearchSqlInput, params: SqlParams): string {
  const { tsquery, filters } = input
  const provisions = provisionSql(input, params)
  const parts: string[] = []
  for (const branch of branches) {
    if (filters.type && filters.type !== branch.type) continue
    const own = branch.filters(filters, params)
    if (!own) continue // a filter this kind of record cannot satisfy (e.g. topic on a jurisdiction)
    const a = branch.alias
    const conditions = [
      ...(tsquery ? [tsquery.match(`${a}."searchVector"`)] : []),
      ...(filters.jurisdiction ? [`j.code = ${params.add(filters.jurisdiction)}`] : []),
      ...(filters.region ? [`j."regionCode" = ${params.add(filters.region)}`] : []),
      ...(filters.verification ? [`${a}.verification::text = ${params.add(filters.verification)}`] : []),
      ...own,
    ]
    parts.push(branch.sql(and(conditions), tsquery ? `ts_rank(${a}."searchVector", ${tsquery.query}, 1)` : '0::real'))
  }
  if (!parts.length) parts.push(`${branches[2].sql(' AND false', '0::real')}`)

  const order = tsquery || input.sort !== 'relevance' ? orderBy[input.sort] : browseOrder
  // ts_headline drops anything that parses as an HTML tag; "<" is swapped for a private-use
  // character first so such text survives as text (embedded-engine.ts swaps it back).
  const lt = tsquery ? params.add(LT_STANDIN) : ''
  const options = tsquery ? params.add(HEADLINE_OPTIONS) : ''
  const headline = (text: string) =>
    tsquery
      ? `ts_headline('${TEXT_SEARCH_CONFIG}', replace(${text}, '<', ${lt}), ${tsquery.query}, ${options})`
      : `left(${text}, 300)`
  const limit = params.add(input.limit, 'int')
  const offset = params.add(input.offset, 'int')

  // `counted` feeds the facets: for provisions one row per combination of inherited values and
  // verification status, and one per set of topics, each with its number of matches (n) and every
  // other facet value null (a null value is not counted); for other records one row each. Each
  // facet is summed over the rows that carry it, so every match counts once per facet.
  // Column names of `other` come from the alias list, whichever branch happens to be first.
  return `WITH ver AS (
  ${provisions.ver}
),
prov AS MATERIALIZED (
  ${provisions.prov}
),
other AS MATERIALIZED (
  SELECT * FROM (
  ${parts.join('\n  UNION ALL\n  ')}
  ) AS u(type, id, rank, jurisdiction, region, kind, year, verification, language, date, concept, topics)
),
page AS (
  SELECT type, id, rank, date FROM (
    SELECT 'provision'::text AS type, id, rank, date FROM prov UNION ALL SELECT type, id, rank, date FROM other
  ) matches ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
),
counted AS (
  SELECT 'provision'::text AS type, jurisdiction, region, kind, year, verification::text, language, NULL::text[] AS topics, count(*)::int AS n
  FROM prov GROUP BY jurisdiction, region, kind, year, language, verification
  UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, topics, count(*)::int FROM prov GROUP BY topics
  UNION ALL SELECT type, jurisdiction, region, kind, year, verification, language, topics, 1 FROM other
)
SELECT
  ((SELECT count(*) FROM prov) + (SELECT count(*) FROM other))::int AS total,
  (SELECT coalesce(json_agg(json_build_object('type', type, 'id', id, 'snippet',
      CASE type
        WHEN 'provision' THEN (SELECT ${headline('x.text')} FROM "Provision" x WHERE x.id = page.id)
        WHEN 'definition' THEN (SELECT ${headline('x.text')} FROM "Definition" x WHERE x.id = page.id)
        WHEN 'instrument' THEN (SELECT ${headline('coalesce(x.summary, x.title)')} FROM "Instrument" x WHERE x.id = page.id)
        ELSE (SELECT ${headline(`coalesce(x.notes, x."officialName", x.name)`)} FROM "Jurisdiction" x WHERE x.id = page.id)
      END) ORDER BY ${order}), '[]'::json) FROM page) AS page,
  (SELECT coalesce(json_agg(f), '[]'::json) FROM (
    -- One pass over the counted groups for every single-valued facet.
    SELECT CASE WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(jurisdiction) = 0 THEN 'jurisdiction' WHEN GROUPING(region) = 0 THEN 'region'
                WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(year) = 0 THEN 'year' WHEN GROUPING(verification) = 0 THEN 'verification' ELSE 'language' END AS facet,
           coalesce(type, jurisdiction, region, kind, year::text, verification, language) AS value, sum(n)::int AS count
    FROM counted GROUP BY GROUPING SETS ((type), (jurisdiction), (region), (kind), (year), (verification), (language))
    HAVING coalesce(type, jurisdiction, region, kind, year::text, verification, language) IS NOT NULL
    UNION ALL SELECT 'topic', topic, sum(n)::int FROM counted, unnest(topics) AS topic GROUP BY topic
    UNION ALL SELECT 'concept', value, sum(n)::int FROM (
      SELECT concept AS value, count(*) AS n FROM other WHERE concept IS NOT NULL GROUP BY concept
      UNION ALL SELECT c.slug, count(DISTINCT h.id) FROM prov h
        JOIN "Definition" d ON d."provisionId" = h.id AND ${pub('d')} JOIN "Concept" c ON c.id = d."conceptId"
        GROUP BY c.slug
    ) concepts GROUP BY value
  ) f) AS facets`
}
