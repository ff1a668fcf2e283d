// `npm run bench -- compare`: the comparison matrix for 8 jurisdictions × the full topic tree on a
// synthetic dataset the size of the seeded one (and larger), built with set-based SQL. Target
// (issue "Compare"): p95 ≤ 200 ms on the PostgreSQL server. Also times the concept matrix and the
// age comparison, which the same pages run.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { findConceptMatrix } from '@/lib/data/compare/find-concept-matrix'
import { findTopicMatrix } from '@/lib/data/compare/find-topic-matrix'
import { dataTaxonomySchema, type DataTopic } from '@/lib/schemas/dataset'
import { formatTiming, measure } from './measure'
import type { BenchCase, BenchContext } from './bench-case'

const JURISDICTIONS = 300
const INSTRUMENTS_PER_JURISDICTION = 3
const PROVISIONS_PER_VERSION = 8 // two versions per instrument: 14,400 provisions, half of them current

async function buildDataset({ db }: BenchContext) {
  // The real taxonomy, so "the full topic tree" is the one users see.
  const taxonomy = dataTaxonomySchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), 'prisma', 'data', 'taxonomy.json'), 'utf8')),
  )
  const insertTopics = async (topics: DataTopic[], parentId: string | null) => {
    for (const [index, topic] of topics.entries()) {
      const row = await db.topic.create({ data: { slug: topic.slug, name: topic.name, parentId, sortOrder: index } })
      await insertTopics(topic.children ?? [], row.id)
    }
  }
  await insertTopics(taxonomy.topics, null)
  for (const [index, concept] of taxonomy.concepts.entries())
    await db.concept.create({ data: { slug: concept.slug, name: concept.name, sortOrder: index } })
  for (const [index, kind] of taxonomy.ageBenchmarkKinds.entries())
    await db.ageBenchmarkKind.create({ data: { code: kind.code, name: kind.name, sortOrder: index } })

  const sql = (text: string) => db.$executeRawUnsafe(text)
  await sql(`INSERT INTO "Jurisdiction" (id, code, name, kind, "updatedAt")
    SELECT 'bj' || i, 'Q' || chr(65 + i / 26 % 26) || chr(65 + i % 26) || chr(65 + i / 676), 'Benchland ' || i, 'STATE', now()
    FROM generate_series(0, ${JURISDICTIONS - 1}) AS i`)
  await sql(`INSERT INTO "Instrument" (id, uri, "jurisdictionId", kind, title, "updatedAt")
    SELECT 'bi' || j || '_' || k, '/akn/bench/act/' || j || '/' || k, 'bj' || j, 'STATUTE', 'Bench Act ' || j || '/' || k, now()
    FROM generate_series(0, ${JURISDICTIONS - 1}) AS j, generate_series(1, ${INSTRUMENTS_PER_JURISDICTION}) AS k`)
  // An old version (2010–2020) and the current one (2020–) of every instrument.
  await sql(`INSERT INTO "InstrumentVersion" (id, "instrumentId", "expressionUri", language, "validFrom", "validTo", "updatedAt")
    SELECT i.id || '_v' || v, i.id, i.uri || '/eng@' || v, 'eng', make_date(v, 1, 1), CASE WHEN v = 2010 THEN DATE '2020-01-01' END, now()
    FROM "Instrument" i, (VALUES (2010), (2020)) AS versions(v)`)
  await sql(`INSERT INTO "Provision" (id, "versionId", "eId", num, heading, text, citation, "sortOrder", "updatedAt")
    SELECT v.id || '_p' || n, v.id, 'sec_' || n, 's. ' || n, 'Heading ' || n,
      repeat('A person who communicates with a child for a sexual purpose commits an offence. ', 4), 'Bench Act, s. ' || n, n, now()
    FROM "InstrumentVersion" v, generate_series(1, ${PROVISIONS_PER_VERSION}) AS n`)
  // Every provision gets a topic (spread over the whole tree); every third a second one.
  await sql(`WITH t AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM "Topic"),
    p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Provision")
    INSERT INTO "ProvisionTopic" ("provisionId", "topicId")
    SELECT p.id, t.id FROM p JOIN t ON t.n = p.n % t.total
    UNION
    SELECT p.id, t.id FROM p JOIN t ON t.n = (p.n * 7 + 3) % t.total WHERE p.n % 3 = 0`)
  await sql(`INSERT INTO "Definition" (id, "conceptId", "jurisdictionId", term, text, citation, features, "updatedAt")
    SELECT 'bd' || j.id || c.slug, c.id, j.id, c.slug, 'A definition of ' || c.slug, 'Bench Act, s. 1', '{"ageLimit": 18}', now()
    FROM "Jurisdiction" j, "Concept" c`)
  await sql(`INSERT INTO "AgeBenchmark" (id, "jurisdictionId", "kindId", age, citation, "updatedAt")
    SELECT 'ba' || j.id || k.code, j.id, k.id, 12 + length(k.code) % 7, 'Bench Act, s. 2', now()
    FROM "Jurisdiction" j, "AgeBenchmarkKind" k`)
  await sql('ANALYZE')
}

export const bench: BenchCase = {
  name: 'compare',
  async run(ctx) {
    const started = performance.now()
    await buildDataset(ctx)
    const [provisions, links] = await Promise.all([ctx.db.provision.count(), ctx.db.provisionTopic.count()])
    ctx.log(
      `dataset: ${JURISDICTIONS} jurisdictions, ${provisions} provisions, ${links} provision-topic links (built in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )

    const codes = (
      await ctx.db.jurisdiction.findMany({ orderBy: { id: 'asc' }, take: 8, skip: 100, select: { code: true } })
    ).map((j) => j.code)
    const probe = await findTopicMatrix(ctx.db, { jurisdictions: codes })
    const items = probe.rows.reduce((sum, row) => sum + row.cells.reduce((s, cell) => s + cell.items.length, 0), 0)
    ctx.log(`matrix: ${probe.columns.length} columns × ${probe.rows.length} topic rows, ${items} provision cells`)

    const target = ctx.target === 'server' ? 200 : undefined
    ctx.log(
      formatTiming(
        await measure(
          'topic matrix, 8 jurisdictions × full tree',
          () => findTopicMatrix(ctx.db, { jurisdictions: codes }),
          { iterations: 100, warmup: 10 },
        ),
        target,
      ),
    )
    ctx.log(
      formatTiming(
        await measure(
          'concept matrix, 8 jurisdictions × all concepts',
          () => findConceptMatrix(ctx.db, { jurisdictions: codes }),
          { iterations: 50 },
        ),
      ),
    )
    ctx.log(
      formatTiming(
        await measure('age comparison, 8 jurisdictions', () => findAgeComparison(ctx.db, { jurisdictions: codes }), {
          iterations: 50,
        }),
      ),
    )
  },
}
