import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getCompareMatrix } from '@/lib/data/compare/get-compare-matrix'
import type { CriterionMatrix, MatrixRow, TopicMatrix } from '@/lib/domain/compare/compare-views'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { parseCompareQuery } from '@/lib/schemas/compare'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { createCompareFixture, type CompareFixture } from '@/tests/e2e/support/compare-fixtures'

let database: TestDatabase
let fx: CompareFixture
const today = new Date('2025-06-01T12:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
  fx = await createCompareFixture(database.db)
})
afterAll(async () => {
  await database?.cleanup()
})

const matrix = async (search: string) => {
  const { query, problems } = parseCompareQuery(new URLSearchParams(search))
  expect(problems).toEqual([])
  return getCompareMatrix(database.db, { ...query, today })
}
const citations = <T extends { citation: string }>(row: MatrixRow<T> | undefined, column: string) =>
  row?.cells.find((c) => c.column === column)?.items.map((i) => i.citation)

describe('compare by topic', () => {
  it('has a row per topic and sub-topic, a column per jurisdiction, and the current provisions in each cell', async () => {
    const m = (await matrix(
      `j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=topic&topic=${fx.topics.root}`,
    )) as TopicMatrix
    expect(m.by).toBe('topic')
    expect(m.columns.map((c) => c.code)).toEqual([fx.alpha.code, fx.beta.code, fx.gamma.code])
    expect(m.rows.map((r) => [r.key, r.depth, r.group])).toEqual([
      [fx.topics.root, 0, true],
      [fx.topics.grooming, 1, false],
      [fx.topics.csam, 1, false],
      [fx.topics.sextortion, 1, false],
    ])
    const grooming = m.rows.find((r) => r.key === fx.topics.grooming)
    // Alphaland: only the version valid today (2020–), not the 2010 one, the 2099 one or the draft s. 4.
    expect(citations(grooming, fx.alpha.code)).toEqual([`Alpha CPA ${fx.suffix}, s. 3`])
    expect(citations(grooming, fx.beta.code)).toEqual([`Betaland Penal Code ${fx.suffix}, s. 6`])
    expect(citations(grooming, fx.gamma.code)).toEqual([])
    // A provision tagged with two topics appears in both rows.
    expect(
      citations(
        m.rows.find((r) => r.key === fx.topics.csam),
        fx.beta.code,
      ),
    ).toEqual([`Betaland Penal Code ${fx.suffix}, s. 5`, `Betaland Penal Code ${fx.suffix}, s. 6`])
    expect(m.rows.find((r) => r.key === fx.topics.sextortion)?.cells.every((c) => c.items.length === 0)).toBe(true)
  })

  it('gives each provision a readable excerpt, its citation and a link to the version compared', async () => {
    const m = (await matrix(`j=${fx.alpha.code}&topic=${fx.topics.grooming}`)) as TopicMatrix
    const [item] = m.rows[0].cells[0].items
    expect(item).toMatchObject({
      id: fx.provisions.alphaGrooming.id,
      heading: 'Grooming',
      excerpt: fx.groomingText(16, ', by any means including online services,'),
      truncated: false,
      verification: 'VERIFIED',
      textKind: 'VERBATIM',
      instrument: { title: `Alphaland Child Protection Act ${fx.suffix}` },
      version: { validFrom: '2020-01-01' },
    })
    expect(item.href).toBe(
      `/instruments/akn/xc-${fx.suffix.toLowerCase()}/act/2010/1?version=${encodeURIComponent(`/akn/xc-${fx.suffix.toLowerCase()}/act/2010/1/eng@2020-01-01`)}#sec_3`,
    )
  })

  it('follows the date: on a day in 2015 the 2010 version is compared', async () => {
    const { query } = parseCompareQuery(new URLSearchParams(`j=${fx.alpha.code}&topic=${fx.topics.grooming}`))
    const m = (await getCompareMatrix(database.db, { ...query, today: new Date('2015-03-01') })) as TopicMatrix
    expect(m.rows[0].cells[0].items.map((i) => i.citation)).toEqual([`Alpha CPA ${fx.suffix}, s. 3 (2010)`])
  })

  it('adds an international instrument as a column', async () => {
    const m = (await matrix(`j=${fx.alpha.code}&topic=${fx.topics.grooming}&col=${fx.treaty.uri}`)) as TopicMatrix
    expect(m.columns.map((c) => [c.kind, c.name])).toEqual([
      ['jurisdiction', fx.alpha.name],
      ['instrument', fx.treaty.name],
    ])
    expect(citations(m.rows[0], `instrument:${fx.treaty.uri}`)).toEqual([
      `Child Safety Convention ${fx.suffix}, art. 23`,
    ])
  })

  it('reports unknown jurisdictions, topics and instruments instead of failing', async () => {
    const m = (await matrix(
      `j=${fx.alpha.code}&j=QQ-ZZZ&topic=${fx.topics.grooming}&col=/akn/zz/treaty/1/none`,
    )) as TopicMatrix
    expect(m.notFound).toEqual(['QQ-ZZZ', '/akn/zz/treaty/1/none'])
    expect(m.columns).toHaveLength(1)
    const unknown = (await matrix(`j=${fx.alpha.code}&topic=no.such-topic`)) as TopicMatrix
    expect(unknown.rows).toEqual([])
    expect(unknown.notFound).toEqual(['no.such-topic'])
  })

  it('runs a fixed number of queries however many columns are compared (no N+1)', async () => {
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: 2 }),
      log: [{ emit: 'event', level: 'query' }],
    })
    let count = 0
    client.$on('query', () => {
      count += 1
    })
    const run = async (codes: string[]) => {
      count = 0
      const { query } = parseCompareQuery(new URLSearchParams([...codes.map((c) => ['j', c]), ['col', fx.treaty.uri]]))
      await getCompareMatrix(client, { ...query, today })
      return count
    }
    try {
      const one = await run([fx.alpha.code])
      const three = await run([fx.alpha.code, fx.beta.code, fx.gamma.code])
      expect(one).toBeGreaterThanOrEqual(4)
      expect(three).toBe(one)
      expect(three).toBeLessThanOrEqual(8)
    } finally {
      await client.$disconnect()
    }
  })
})

describe('compare by concept', () => {
  it('shows each jurisdiction’s definitions, published only, with gaps as empty cells', async () => {
    const m = await matrix(`j=${fx.alpha.code}&j=${fx.beta.code}&j=${fx.gamma.code}&by=concept&concept=csam`)
    expect(m?.by).toBe('concept')
    expect(m?.rows.map((r) => r.key)).toEqual(['csam'])
    const row = m!.rows[0] as MatrixRow<{ term: string; href: string | null }>
    expect(row.cells.map((c) => c.items.map((i) => i.term))).toEqual([
      [`abuse image ${fx.suffix}`],
      [`indecent image ${fx.suffix}`],
      [],
    ])
    expect(row.cells[0].items[0].href).toBe(`/instruments/akn/xc-${fx.suffix.toLowerCase()}/act/2010/1#sec_3`)
    expect(row.cells[1].items[0].href).toBeNull()
  })
})

describe('compare by criterion', () => {
  it('has the overall assessment and one row per element, with results and provisions', async () => {
    const m = (await matrix(
      `j=${fx.alpha.code}&j=${fx.beta.code}&by=criterion&criterion=${fx.criterion}`,
    )) as CriterionMatrix
    expect(m.rows.map((r) => r.key)).toEqual(['overall', 'ict', 'adult'])
    const [overall, ict, adult] = m.rows
    expect(overall.cells[0].items[0]).toMatchObject({
      status: 'PARTIAL',
      text: `Covers ICT but not only adults (${fx.suffix}).`,
    })
    expect(overall.cells[1].items).toEqual([])
    expect(ict.cells[0].items[0]).toMatchObject({
      status: 'MET',
      pinpoint: 's. 3',
      provision: { id: fx.provisions.alphaGrooming.id, citation: `Alpha CPA ${fx.suffix}, s. 3` },
    })
    expect(adult.cells[0].items).toEqual([])
  })

  it('returns null for a criterion that does not exist', async () => {
    expect(await matrix(`j=${fx.alpha.code}&by=criterion&criterion=nope/1`)).toBeNull()
  })
})
