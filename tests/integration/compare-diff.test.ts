import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findDiffCandidates } from '@/lib/data/compare/find-diff-candidates'
import { getDiffSide, getProvisionDiff } from '@/lib/data/compare/get-provision-diff'
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

describe('provision diff', () => {
  it('diffs two versions of one provision word by word', async () => {
    const diff = await getProvisionDiff(database.db, {
      a: fx.provisions.alphaGroomingOld.id,
      b: fx.provisions.alphaGrooming.id,
    })
    if ('missing' in diff) throw new Error('both provisions exist')
    expect(diff.a.version.validTo).toBe('2020-01-01')
    expect(diff.segments.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['14'])
    expect(diff.segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toContain('16')
    expect(diff.identical).toBe(false)
  })

  it('diffs provisions of two jurisdictions', async () => {
    const diff = await getProvisionDiff(database.db, {
      a: fx.provisions.alphaGrooming.id,
      b: fx.provisions.betaGrooming.id,
    })
    if ('missing' in diff) throw new Error('both provisions exist')
    expect([diff.a.jurisdiction.code, diff.b.jurisdiction.code]).toEqual([fx.alpha.code, fx.beta.code])
    expect(diff.added + diff.removed).toBeGreaterThan(0)
  })

  it('says which side is missing', async () => {
    expect(
      await getProvisionDiff(database.db, { a: fx.provisions.alphaGrooming.id, b: 'cl0000000000000000000000' }),
    ).toEqual({ missing: ['b'] })
  })

  it('offers other versions and same-topic provisions of the chosen jurisdictions', async () => {
    const side = await getDiffSide(database.db, { id: fx.provisions.alphaGrooming.id })
    const candidates = await findDiffCandidates(database.db, {
      a: {
        id: side!.side.id,
        eId: side!.side.eId,
        instrumentId: side!.instrumentId,
        topicIds: side!.topicIds,
        jurisdictionCode: fx.alpha.code,
      },
      jurisdictions: [fx.beta.code, fx.gamma.code],
      today: new Date('2025-06-01'),
    })
    // The 2010 and the (published) 2099 versions; never the draft.
    expect(candidates.otherVersions.map((v) => v.validFrom)).toEqual(['2099-01-01', '2010-01-01'])
    expect(candidates.sameTopic.map((p) => p.citation)).toEqual([`Betaland Penal Code ${fx.suffix}, s. 6`])
  })
})
