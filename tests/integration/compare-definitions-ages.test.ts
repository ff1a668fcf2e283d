import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAgeComparison } from '@/lib/data/compare/find-age-comparison'
import { findDefinitionsMatrix } from '@/lib/data/compare/find-definitions-matrix'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { createCompareFixture, type CompareFixture } from '@/tests/e2e/support/compare-fixtures'

let database: TestDatabase
let fx: CompareFixture

beforeAll(async () => {
  database = await createTestDatabase()
  fx = await createCompareFixture(database.db)
})
afterAll(async () => {
  await database?.cleanup()
})

describe('definitions matrix', () => {
  it('puts the definitions side by side and marks features that differ', async () => {
    const m = await findDefinitionsMatrix(database.db, {
      concept: 'csam',
      jurisdictions: [fx.alpha.code, fx.beta.code, fx.gamma.code],
    })
    expect(m?.definitions.map((d) => [d.columnKey, d.term])).toEqual([
      [fx.alpha.code, `abuse image ${fx.suffix}`],
      [fx.beta.code, `indecent image ${fx.suffix}`],
    ])
    // Gammaland's only definition is a draft: it is a gap.
    expect(m?.gaps.map((g) => g.code)).toEqual([fx.gamma.code])
    const feature = (key: string) => m?.features.find((f) => f.key === key)
    expect(feature('ageLimit')).toMatchObject({ values: [18, 16], status: 'differs' })
    expect(feature('virtualOrGenerated')).toMatchObject({ values: [true, false], status: 'differs' })
    expect(feature('visual')).toMatchObject({ values: [true, true], status: 'same' })
    expect(feature('appearsToBeMinor')).toMatchObject({ values: [null, null], status: 'unknown' })
  })

  it('tells two definitions of one jurisdiction apart by citation in their column names', async () => {
    const own = await createCompareFixture(database.db)
    const concept = await database.db.concept.findUniqueOrThrow({ where: { slug: 'csam' } })
    await database.db.definition.create({
      data: {
        conceptId: concept.id,
        jurisdictionId: (await database.db.jurisdiction.findUniqueOrThrow({ where: { code: own.beta.code } })).id,
        term: `second image ${own.suffix}`,
        text: 'a pseudo-photograph of a person under 18',
        textKind: 'SUMMARY',
        citation: `Betaland Images Act ${own.suffix}, s. 2`,
        features: { ageLimit: 18 },
      },
    })
    const m = await findDefinitionsMatrix(database.db, {
      concept: 'csam',
      jurisdictions: [own.alpha.code, own.beta.code],
    })
    expect(m?.definitions.map((d) => d.columnName)).toEqual([
      own.alpha.name,
      `${own.beta.name}: Betaland Penal Code ${own.suffix}, s. 1`, // "indecent image …", by term
      `${own.beta.name}: Betaland Images Act ${own.suffix}, s. 2`, // "second image …"
    ])
  })

  it('returns null for an unknown concept', async () => {
    expect(
      await findDefinitionsMatrix(database.db, { concept: 'no-such-concept', jurisdictions: [fx.alpha.code] }),
    ).toBeNull()
  })
})

describe('age comparison', () => {
  it('lists benchmarks in force by kind and leaves out expired ones', async () => {
    const m = await findAgeComparison(database.db, {
      jurisdictions: [fx.alpha.code, fx.beta.code],
      today: new Date('2025-06-01'),
    })
    expect(m.kinds.map((k) => k.code)).toEqual([
      'majority',
      'sexual-consent',
      'digital-consent',
      'criminal-responsibility',
      'csam-age-limit',
      'marriage',
    ])
    const [alpha, beta] = m.jurisdictions
    expect(alpha.benchmarks['sexual-consent']).toMatchObject([
      { age: 15, conditions: 'Close-in-age exemption of three years' },
    ])
    expect(beta.benchmarks.marriage).toBeUndefined()
  })

  it('runs the age-consistency check per jurisdiction', async () => {
    const m = await findAgeComparison(database.db, { jurisdictions: [fx.alpha.code, fx.beta.code] })
    const status = (index: number, rule: string) => m.jurisdictions[index].findings.find((f) => f.rule === rule)?.status
    // Alphaland: CSAM under 18, consent 15, the definition records no self-generated exemption.
    expect(status(0, 'csam-above-consent')).toBe('tension')
    expect(status(0, 'digital-above-sexual-consent')).toBe('tension')
    expect(status(0, 'csam-below-18')).toBe('consistent')
    // Betaland: CSAM under 16 equals consent 16; below the under-18 standard.
    expect(status(1, 'csam-above-consent')).toBe('consistent')
    expect(status(1, 'csam-below-18')).toBe('tension')
    expect(status(1, 'digital-above-sexual-consent')).toBe('consistent')
    expect(status(1, 'marriage-below-18')).toBe('unknown')
  })
})
