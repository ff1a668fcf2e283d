import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { agesToCsvRows } from '@/lib/domain/compare-export'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

/**
 * Issue 15, federations: a nation whose states set an age, and which sets none itself, reads
 * "Set by each state or province: 16–18 (3 units)" in compare and its CSV, never "none set".
 * The data is created here (real sub-national ages arrive with the `subnational` dataset).
 */
let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  const kind = await t.db.ageBenchmarkKind.create({ data: { code: 'test-consent', name: 'Test consent age' } })
  const nation = await t.db.jurisdiction.create({ data: { code: 'QF', name: 'Federania', kind: 'STATE' } })
  const unitary = await t.db.jurisdiction.create({ data: { code: 'QU', name: 'Unitaria', kind: 'STATE' } })
  await t.db.ageBenchmark.create({
    data: {
      jurisdictionId: nation.id,
      kindId: kind.id,
      age: null,
      conditions: 'Set by each state.',
      citation: 'State law',
    },
  })
  await t.db.ageBenchmark.create({
    data: { jurisdictionId: unitary.id, kindId: kind.id, age: 15, citation: 'Penal Code, s. 1' },
  })
  for (const [code, age] of [
    ['QF-A', 16],
    ['QF-B', 17],
    ['QF-C', 18],
  ] as const) {
    const unit = await t.db.jurisdiction.create({
      data: { code, name: `State ${code}`, kind: 'SUBNATIONAL', parentId: nation.id },
    })
    await t.db.ageBenchmark.create({
      data: { jurisdictionId: unit.id, kindId: kind.id, age, citation: `${code} Code, s. 1` },
    })
  }
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('ages set below national level', () => {
  it('compare and its CSV show the range set by the states, not "none set"', async () => {
    const comparison = await findAgeComparison(t.db, { jurisdictions: ['QF', 'QU'] })
    const [federal, unitary] = comparison.jurisdictions
    expect(federal.belowNational['test-consent']).toMatchObject({
      min: 16,
      max: 18,
      units: 3,
      text: 'Set by each state or province: 16–18 (3 units)',
    })
    expect(unitary.belowNational).toEqual({})
    const csv = agesToCsvRows(comparison, 'https://lexbridge.example')
    expect(csv.find((r) => r[0] === 'QF' && r[2] === 'test-consent')?.[4]).toBe('16-18')
    expect(csv.some((r) => r[0] === 'QF' && r[4] === 'none set')).toBe(false)
  })
})
