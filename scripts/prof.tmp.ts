import { createPrismaClient } from '@/lib/db/prisma'
import { expandSynonyms } from '@/lib/search/expand-query'
import { parseQuery } from '@/lib/search/query-parser'
import { buildSearchSql } from '@/lib/search/embedded/search-sql'
import { SqlParams } from '@/lib/search/embedded/sql-params'
import { buildTsquerySql } from '@/lib/search/embedded/tsquery-sql'
import { loadSearchDocuments } from '@/lib/search/load-documents'
import { findCorrections } from '@/lib/search/embedded/correct-typos'
const db = createPrismaClient('postgresql://postgres@127.0.0.1:5432/lexbridge_prof', 4)
const q = process.argv[2] ?? 'possession'
const params = new SqlParams()
const tsq = buildTsquerySql(expandSynonyms(parseQuery(q)), params)
const sql = buildSearchSql({ tsquery: tsq, filters: {}, sort: 'relevance', limit: 20, offset: 0 }, params)
for (let i = 0; i < 3; i++) { const t = performance.now(); await db.$queryRawUnsafe(sql, ...params.values); console.log('sql', (performance.now() - t).toFixed(1)) }
const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>('EXPLAIN (ANALYZE) ' + sql, ...params.values)
console.log(plan.map((r) => r['QUERY PLAN']).join('\n'))
const [row] = await db.$queryRawUnsafe<any[]>(sql, ...params.values)
for (let i = 0; i < 3; i++) { const t = performance.now(); await loadSearchDocuments(db, row.page.map((h: any) => ({ type: h.type, entityId: h.id }))); console.log('load', (performance.now() - t).toFixed(1)) }
for (let i = 0; i < 3; i++) { const t = performance.now(); await findCorrections(db, ['possession']); console.log('corr', (performance.now() - t).toFixed(1)) }
await db.$disconnect()
