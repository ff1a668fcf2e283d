import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getGapMatrix as getGapMatrixOn } from '@/lib/data/gaps/get-gap-matrix'
import { readDataVersion, staleSlugs } from '@/lib/data/gaps/gap-input-cache'
import { keepGapInputsFresh } from '@/lib/data/gaps/gap-input-refresher'
import { readEnv } from '@/lib/env'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { createGapFixture, type GapFixture } from '@/tests/e2e/support/gaps-fixtures'

let database: TestDatabase
let fx: GapFixture
let other: GapFixture
let getGapMatrix: (query: Parameters<typeof getGapMatrixOn>[1]) => ReturnType<typeof getGapMatrixOn>

beforeAll(async () => {
  database = await createTestDatabase()
  getGapMatrix = (query) => getGapMatrixOn(database.db, query)
  fx = await createGapFixture(database.db)
  other = await createGapFixture(database.db) // a second world: its assessments must not leak in
})
afterAll(async () => {
  await database?.cleanup()
})

const query = (overrides: Partial<Parameters<typeof getGapMatrix>[0]> = {}) => ({
  standard: fx.standard.slug,
  sort: 'name' as const,
  show: 'assessed' as const,
  ...overrides,
})
const statusesOf = (row: { cells: { code: string; status: string }[] }) =>
  Object.fromEntries(row.cells.map((c) => [c.code, c.status]))

describe('gap matrix query (real Postgres)', () => {
  it('returns null for an unknown standard', async () => {
    expect(await getGapMatrix(query({ standard: 'no-such-standard' }))).toBeNull()
  })

  it('evaluates today with reservations, derivations and conflicts', async () => {
    const result = (await getGapMatrix(query({ asOf: '2025-06-01' })))!
    expect(result.criteria.map((c) => c.code)).toEqual(['1', '2', '3'])
    // The other world's jurisdictions appear only through derived facts (their CSAM data), never
    // with their curated assessments of the other standard.
    const own = result.matrix.rows.filter((r) => r.jurisdiction.name.endsWith(fx.suffix))
    expect(own.map((r) => r.jurisdiction.code)).toEqual([fx.alpha.code, fx.beta.code])
    const otherAlpha = result.matrix.rows.find((r) => r.jurisdiction.code === other.alpha.code)!
    expect(otherAlpha.cells.map((c) => c.source)).toEqual(['none', 'elements', 'elements'])
    // Its reservation is to its own treaty, so here "virtual" is a plain gap, not reserved.
    expect(otherAlpha.cells[1]).toMatchObject({ status: 'NOT_MET' })
    expect(result.matrix.rows.map((r) => r.jurisdiction.code)).not.toContain(other.gamma.code)
    const [alpha, beta] = own
    expect(statusesOf(alpha)).toEqual({ '1': 'MET', '2': 'RESERVED', '3': 'MET' })
    const virtual = alpha.cells[1].elements.find((e) => e.element.code === 'virtual')!
    expect(virtual).toMatchObject({ status: 'RESERVED', source: 'reservation', derived: { status: 'NOT_MET' } })
    expect(virtual.reservation?.text).toContain('virtual material')
    expect(alpha.cells[2].elements[0]).toMatchObject({
      source: 'derived',
      derived: { status: 'MET', sources: [`Child Protection Act 2009 (${fx.alpha.code}), s. 2`] },
    })
    expect(alpha.cells[1].elements[0].curated?.provision).toMatchObject({
      citation: fx.alpha.s1Citation,
      instrumentUri: fx.alpha.lawUri,
      eId: 'sec_1',
    })
    expect(alpha.totals).toMatchObject({ earned: 2, possible: 2, percent: 100 })
    expect(alpha.sufficiency).toEqual([{ group: 'sufficient', codes: ['1'], verdict: 'yes' }])
    expect(alpha.treaty).toMatchObject({ status: 'party', since: new Date('2012-03-01T00:00:00Z') })

    expect(statusesOf(beta)).toEqual({ '1': 'NOT_MET', '2': 'MET', '3': 'MET' })
    expect(beta.cells[2]).toMatchObject({ source: 'curated', conflict: true })
    expect(beta.treaty?.status).toBe('signatory')
    // Totals over all four rows: the other Alphaland's age is derived as met, its Betaland's as not met.
    expect(result.matrix.criterionTotals.map((t) => t.counts.MET)).toEqual([1, 1, 3])
    expect(result.matrix.criterionTotals[2].counts.NOT_MET).toBe(1)
  })

  it('shows the matrix as of past dates from provision versions and treaty actions', async () => {
    const before = (await getGapMatrix(query({ asOf: '2014-01-01' })))!
    const alpha = before.matrix.rows.find((r) => r.jurisdiction.code === fx.alpha.code)!
    expect(statusesOf(alpha)['2']).toBe('PARTIAL') // the reservation came in 2015
    const beta = before.matrix.rows.find((r) => r.jurisdiction.code === fx.beta.code)!
    expect(statusesOf(beta)['2']).toBe('NOT_MET') // the act came into force in 2018
    expect(beta.cells[1].elements[0].dateNote).toContain('in force only from 2018-07-01')
    expect(beta.treaty?.status).toBe('none')

    const early = (await getGapMatrix(query({ asOf: '2009-06-01', show: 'all' })))!
    const alphaEarly = early.matrix.rows.find((r) => r.jurisdiction.code === fx.alpha.code)!
    expect(statusesOf(alphaEarly)).toEqual({ '1': 'NOT_MET', '2': 'NOT_MET', '3': 'UNKNOWN' })
    expect(early.matrix.rows.map((r) => r.jurisdiction.code)).toContain(fx.gamma.code)
  })

  it('evaluates each party on its own ratification date', async () => {
    const result = (await getGapMatrix(query({ asOf: 'ratification' })))!
    // Parties of this treaty only: the other world ratified its own treaty, not this one.
    expect(result.matrix.rows.map((r) => r.jurisdiction.code)).toEqual([fx.alpha.code])
    expect(result.matrix.excludedWithoutConsent).toBeGreaterThanOrEqual(5)
    expect(result.matrix.rows[0].date).toEqual(new Date('2012-03-01T00:00:00Z'))
    expect(statusesOf(result.matrix.rows[0])).toEqual({ '1': 'MET', '2': 'PARTIAL', '3': 'MET' })
  })

  it('filters by region, organisation membership and kind, and sorts by score', async () => {
    const europe = (await getGapMatrix(query({ region: '150' })))!
    expect(europe.matrix.rows.map((r) => r.jurisdiction.code).sort()).toEqual([fx.alpha.code, other.alpha.code].sort())
    const members = (await getGapMatrix(query({ org: fx.org.code, show: 'all' })))!
    expect(members.matrix.rows.map((r) => r.jurisdiction.code)).toEqual([fx.alpha.code])
    const membersBeforeJoining = (await getGapMatrix(query({ org: fx.org.code, asOf: '1990-01-01', show: 'all' })))!
    expect(membersBeforeJoining.matrix.rows).toEqual([])
    expect(membersBeforeJoining.undatedMembers).toBe(0)
    expect(members.undatedMembers).toBeNull() // no date asked: today's members, nothing to say
    const subnational = (await getGapMatrix(query({ kind: 'subnational' })))!
    expect(subnational.matrix.rows).toEqual([])
    const worstFirst = (await getGapMatrix(query({ sort: 'gaps', asOf: '2025-06-01', region: '002' })))!
    expect(worstFirst.matrix.rows.map((r) => r.totals.percent)).toEqual(
      [...worstFirst.matrix.rows.map((r) => r.totals.percent)].sort((a, b) => a! - b!),
    )
    const best = (await getGapMatrix(query({ sort: 'score', asOf: '2025-06-01', region: '150' })))!
    expect(best.matrix.rows.map((r) => r.jurisdiction.code)).toEqual([fx.alpha.code, other.alpha.code])
  })

  it('counts members without a joining date, shown on every date', async () => {
    const db = database.db
    const [org, member] = await Promise.all([
      db.jurisdiction.findUniqueOrThrow({ where: { code: fx.org.code } }),
      db.jurisdiction.findUniqueOrThrow({ where: { code: other.alpha.code } }),
    ])
    const membership = await db.membership.create({ data: { organisationId: org.id, memberId: member.id } })
    try {
      const before = (await getGapMatrix(query({ org: fx.org.code, asOf: '1990-01-01', show: 'all' })))!
      expect(before.matrix.rows.map((r) => r.jurisdiction.code)).toEqual([other.alpha.code])
      expect(before.undatedMembers).toBe(1)
      const later = (await getGapMatrix(query({ org: fx.org.code, asOf: '2025-06-01', show: 'all' })))!
      expect(later.matrix.rows.map((r) => r.jurisdiction.code).sort()).toEqual([fx.alpha.code, other.alpha.code].sort())
      expect(later.undatedMembers).toBe(1)
    } finally {
      await db.membership.delete({ where: { id: membership.id } })
    }
  })

  it('ignores unpublished assessments and provisions', async () => {
    const db = database.db
    const alpha = await db.jurisdiction.findUniqueOrThrow({ where: { code: fx.alpha.code } })
    await db.assessment.updateMany({
      where: { jurisdictionId: alpha.id, criterion: { code: '1', standard: { slug: fx.standard.slug } } },
      data: { publicationState: 'DRAFT' },
    })
    const result = (await getGapMatrix(query({ region: '150', asOf: '2025-06-01' })))!
    expect(statusesOf(result.matrix.rows.find((r) => r.jurisdiction.code === fx.alpha.code)!)['1']).toBe('UNKNOWN')
    await db.assessment.updateMany({
      where: { jurisdictionId: alpha.id, criterion: { code: '1', standard: { slug: fx.standard.slug } } },
      data: { publicationState: 'PUBLISHED' },
    })
  })
})

describe('gap input cache and data version (real Postgres)', () => {
  const connect = async () => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    return client
  }
  const alphaCell1 = async () => {
    const result = (await getGapMatrix(query({ asOf: '2025-06-01' })))!
    return result.matrix.rows.find((r) => r.jurisdiction.code === fx.alpha.code)!.cells[0]
  }
  const setCriterion1 = (client: pg.Client, status: string) =>
    client.query(
      `UPDATE "Assessment" a SET status = $1::"AssessmentStatus" FROM "Criterion" c, "Jurisdiction" j
       WHERE c.id = a."criterionId" AND c.code = '1' AND c."standardId" = (SELECT id FROM "BaselineStandard" WHERE slug = $2)
         AND j.id = a."jurisdictionId" AND j.code = $3`,
      [status, fx.standard.slug, fx.alpha.code],
    )

  it('reuses what it loaded while nothing changes', async () => {
    const first = await alphaCell1()
    const second = await alphaCell1()
    // The same provision object: the second request evaluated the cached input, it did not reload it.
    expect(second.evidence[0].provision).toBe(first.evidence[0].provision)
  })

  it('sees a write committed by another connection at once, and ignores one rolled back', async () => {
    const other = await connect()
    const before = await alphaCell1()
    try {
      const version = await readDataVersion(database.db)
      await other.query('BEGIN')
      await setCriterion1(other, 'NOT_MET')
      await other.query('ROLLBACK')
      expect(await readDataVersion(database.db)).toBe(version)
      expect((await alphaCell1()).evidence[0].provision).toBe(before.evidence[0].provision)

      await setCriterion1(other, 'NOT_MET')
      expect(BigInt(await readDataVersion(database.db))).toBe(BigInt(version) + 1n)
      const after = await alphaCell1()
      expect(after.curatedStatus).toBe('NOT_MET')
      expect(after.evidence[0].provision).not.toBe(before.evidence[0].provision)
    } finally {
      await setCriterion1(other, before.curatedStatus!)
      await other.end()
    }
  })

  it('reloads a stale standard in the background after a change, before anyone asks', async () => {
    const before = await alphaCell1()
    const logged: string[] = []
    const stop = keepGapInputsFresh(database.db, { intervalMs: 20, log: (line) => logged.push(line) })
    const other = await connect()
    try {
      await setCriterion1(other, 'PARTIAL')
      const version = await readDataVersion(database.db)
      await expect.poll(() => staleSlugs(database.db, version), { timeout: 10_000, interval: 20 }).toEqual([])
      const after = await alphaCell1()
      expect(after.curatedStatus).toBe('PARTIAL')
      expect(after.evidence[0].provision).not.toBe(before.evidence[0].provision)
      expect(logged).toEqual([])
    } finally {
      stop()
      await setCriterion1(other, before.curatedStatus!)
      await other.end()
    }
  })

  it('bumps the version once per transaction, however many rows it writes', async () => {
    const client = await connect()
    try {
      const version = BigInt(await readDataVersion(database.db))
      await client.query('BEGIN')
      await client.query(
        `UPDATE "Provision" SET heading = heading WHERE "versionId" IN (SELECT id FROM "InstrumentVersion")`,
      )
      await client.query(`UPDATE "Assessment" SET rationale = rationale`)
      await client.query('COMMIT')
      expect(BigInt(await readDataVersion(database.db))).toBe(version + 1n)
    } finally {
      await client.end()
    }
  })

  // PGlite is one session behind one socket: two transactions cannot be open at once there.
  it.runIf(readEnv().LEXBRIDGE_TEST_DB === 'server')(
    'does not make concurrent writers deadlock on the counter',
    async () => {
      // A writes an assessment, B a provision, then A waits for B's provision row. Were the counter
      // bumped by A's first statement, B's commit would wait for A: a deadlock Postgres would abort.
      const a = await connect()
      const b = await connect()
      try {
        // A wrong design blocks rather than deadlocks here: fail in seconds, not at the test timeout.
        for (const client of [a, b]) await client.query(`SET lock_timeout = '5s'`)
        const version = BigInt(await readDataVersion(database.db))
        const provision = await a.query<{ id: string }>(`SELECT id FROM "Provision" ORDER BY id LIMIT 1`)
        const id = provision.rows[0].id
        await a.query('BEGIN')
        await b.query('BEGIN')
        await a.query(
          `UPDATE "Assessment" SET rationale = rationale WHERE id = (SELECT id FROM "Assessment" ORDER BY id LIMIT 1)`,
        )
        await b.query(`UPDATE "Provision" SET heading = heading WHERE id = $1`, [id])
        const aWaits = a.query(`UPDATE "Provision" SET heading = heading WHERE id = $1`, [id])
        await b.query('COMMIT')
        await aWaits
        await a.query('COMMIT')
        expect(BigInt(await readDataVersion(database.db))).toBe(version + 2n)
      } finally {
        await a.end()
        await b.end()
      }
    },
  )
})
