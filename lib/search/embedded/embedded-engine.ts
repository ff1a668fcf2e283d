import type { Db } from '@/lib/db/prisma'
import { correctableWords, expandSynonyms } from '../expand-query'
import { loadSearchDocuments } from '../load-documents'
import { formatQuery, parseQuery, type QueryClause } from '../query-parser'
import {
  emptyFacets,
  type EngineResult,
  type FacetKey,
  type SearchDocumentType,
  type SearchEngine,
  type SearchRequest,
} from '../search-port'
import { findCorrections } from './correct-typos'
import { buildSearchSql, LT_STANDIN } from './search-sql'
import { SqlParams } from './sql-params'
import { buildTsquerySql } from './tsquery-sql'

/**
 * The embedded engine: full-text search inside Postgres (PGlite or a server), reading the
 * indexed tables directly, so it is always up to date and needs no outbox.
 */
type Row = {
  total: number
  page: { type: SearchDocumentType; id: string; snippet: string | null }[]
  facets: { facet: FacetKey; value: string; count: number }[]
}

function applyCorrections(clauses: QueryClause[], corrections: Map<string, string>): QueryClause[] {
  return clauses.map((clause) =>
    !clause.negated && !clause.quoted
      ? { ...clause, alternatives: clause.alternatives.map((alt) => corrections.get(alt) ?? alt) }
      : clause,
  )
}

export function createEmbeddedEngine(db: Db): SearchEngine {
  return {
    name: 'embedded',
    async search(request: SearchRequest): Promise<EngineResult> {
      let parsed = parseQuery(request.q)
      let clauses = expandSynonyms(parsed)
      let correctedQuery: string | undefined
      if (!request.exact) {
        const corrections = await findCorrections(db, correctableWords(clauses))
        if (corrections.size) {
          parsed = applyCorrections(parsed, corrections)
          clauses = expandSynonyms(parsed)
          correctedQuery = formatQuery(parsed)
        }
      }

      const params = new SqlParams()
      const tsquery = buildTsquerySql(clauses, params)
      if (!tsquery && parsed.length) return { total: 0, hits: [], facets: emptyFacets(), correctedQuery }
      const sql = buildSearchSql(
        {
          tsquery,
          filters: request.filters,
          sort: request.sort,
          limit: request.pageSize,
          offset: (request.page - 1) * request.pageSize,
        },
        params,
      )
      const [row] = await db.$queryRawUnsafe<Row[]>(sql, ...params.values)

      const documents = await loadSearchDocuments(
        db,
        row.page.map((hit) => ({ type: hit.type, entityId: hit.id })),
      )
      const hits = row.page.flatMap((hit) => {
        const document = documents.get(`${hit.type}-${hit.id}`)
        return document
          ? [{ document, snippet: (hit.snippet ?? document.text.slice(0, 300)).replaceAll(LT_STANDIN, '<') }]
          : []
      })
      const facets = emptyFacets()
      for (const { facet, value, count } of row.facets) facets[facet].push({ value, count })
      return { total: row.total, hits, facets, correctedQuery }
    },
  }
}
