import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAgeBenchmarks } from '@/lib/data/ages/find-age-benchmarks'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { getDataCoverage } from '@/lib/data/get-data-coverage'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let database: TestDatabase
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

// Issue 16: US states as sub-national units with their own cited ages, compared and counted like states.
beforeAll(async () => {
  database = await createTestDatabase()
  const { db } = database
  const consent = await db.ageBenchmarkKind.create({
    data: { code: 'sexual-consent', name: 'Age of sexual consent', sortOrder: 1 },
  })
  const marriage = await db.ageBenchmarkKind.create({
    data: { code: 'marriage', name: 'Minimum age of marriage', sortOrder: 2 },
  })
  const us = await db.jurisdiction.create({
    data: { code: 'US', name: 'United States of America', kind: 'STATE', m49Code: '840' },
  })
  const unit = (code: string, name: string) =>
    db.jurisdiction.create({ data: { code, name, kind: 'SUBNATIONAL', parentId: us.id } })
  const [ca, ny, tx] = [
    await unit('US-CA', 'California'),
    await unit('US-NY', 'New York'),
    await unit('US-TX', 'Texas'),
  ]
  await unit('US-WY', 'Wyoming')
  await db.ageBenchmark.createMany({
    data: [
      {
        jurisdictionId: ca.id,
        kindId: consent.id,
        age: 18,
        citation: 'Cal. Penal Code § 261.5',
        conditions: 'Gap of 3 years sets the grade.',
      },
      { jurisdictionId: ny.id, kindId: consent.id, age: 17, citation: 'N.Y. Penal Law § 130.05(3)(a)' },
      {
        jurisdictionId: tx.id,
        kindId: consent.id,
        age: 17,
        citation: 'Tex. Penal Code § 22.011',
        verification: 'VERIFIED',
        lastVerifiedOn: day('2026-12-02'),
      },
      { jurisdictionId: tx.id, kindId: marriage.id, age: 18, citation: 'Tex. Fam. Code § 2.101' },
      // an earlier rule no longer in force
      { jurisdictionId: ny.id, kindId: marriage.id, age: 14, citation: 'Earlier rule', validTo: day('2021-06-22') },
    ],
  })
})
afterAll(async () => {
  await database?.cleanup()
})

describe('US states as sub-national units', () => {
  it('compares the ages of several states side by side, each cited', async () => {
    const m = await findAgeComparison(database.db, {
      jurisdictions: ['US-CA', 'US-NY', 'US-TX'],
      today: day('2026-12-02'),
    })
    expect(m.notFound).toEqual([])
    expect(m.jurisdictions.map((j) => j.column.code)).toEqual(['US-CA', 'US-NY', 'US-TX'])
    expect(m.jurisdictions.map((j) => j.benchmarks['sexual-consent']?.map((b) => [b.age, b.citation]))).toEqual([
      [[18, 'Cal. Penal Code § 261.5']],
      [[17, 'N.Y. Penal Law § 130.05(3)(a)']],
      [[17, 'Tex. Penal Code § 22.011']],
    ])
    expect(m.jurisdictions[1].benchmarks.marriage).toBeUndefined()
  })

  it('lists state ages for the map with the date each was checked', async () => {
    const rows = await findAgeBenchmarks(database.db, { kindCode: 'sexual-consent', date: day('2026-12-02') })
    expect(rows.map((r) => [r.jurisdiction.code, r.jurisdiction.kind, r.age])).toEqual([
      ['US-CA', 'SUBNATIONAL', 18],
      ['US-NY', 'SUBNATIONAL', 17],
      ['US-TX', 'SUBNATIONAL', 17],
    ])
    expect(rows.find((r) => r.jurisdiction.code === 'US-TX')?.lastVerifiedOn).toEqual(day('2026-12-02'))
  })

  it("counts each country's units, those with records, and their verified share", async () => {
    const { subnational } = await getDataCoverage(database.db)
    expect(subnational).toEqual([
      expect.objectContaining({
        parentCode: 'US',
        units: 4,
        withRecords: 3,
        ageBenchmarks: { verified: 1, needsReview: 4 },
      }),
    ])
  })
})
