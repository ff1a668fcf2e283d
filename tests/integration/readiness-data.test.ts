import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findReadinessOptions, getRatificationReadiness } from '@/lib/data/drafts/get-ratification-readiness'
import { createNegotiationFixture, type NegotiationFixture } from '@/tests/e2e/support/drafts-fixtures'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let t: TestDatabase
let f: NegotiationFixture

beforeAll(async () => {
  t = await createTestDatabase()
  f = await createNegotiationFixture(t.db)
})
afterAll(async () => {
  await t?.cleanup()
})

describe('ratification readiness', () => {
  it('offers the treaties that have obligations recorded', async () => {
    const options = await findReadinessOptions(t.db)
    expect(options.treaties.map((x) => x.uri)).toEqual([f.treaty.uri])
    expect(options.jurisdictions.map((j) => j.code)).toEqual(
      expect.arrayContaining([f.meets.code, f.partly.code, f.lacks.code]),
    )
  })

  it('shows a ready jurisdiction with the provisions that satisfy each obligation', async () => {
    const r = (await getRatificationReadiness(t.db, { jurisdictionCode: f.meets.code, treatyUri: f.treaty.uri }))!
    expect(r.participation.status).toBe('none')
    expect(r.readiness.obligations).toHaveLength(1)
    expect(r.readiness.obligations[0]).toMatchObject({
      readiness: 'READY',
      gaps: [],
      satisfiedBy: [{ citation: f.meets.section.citation }],
    })
    expect(r.crosswalks.map((c) => c.slug)).toEqual([f.crosswalk.slug])
  })

  it('names the gap and the reservation that would cover it, and notices one already made', async () => {
    const before = (await getRatificationReadiness(t.db, { jurisdictionCode: f.partly.code, treatyUri: f.treaty.uri }))!
    expect(before.readiness.obligations[0]).toMatchObject({
      readiness: 'READY_WITH_RESERVATIONS',
      gaps: [{ element: { code: 'material-acts' }, reservableArticle: '23(2)', existingReservation: null }],
    })
    expect(before.readiness.allowedReservations).toMatchObject([
      { article: '23(2)', wouldCoverGap: true, alreadyMade: false },
    ])

    const treaty = await t.db.instrument.findUniqueOrThrow({ where: { uri: f.treaty.uri } })
    await t.db.reservation.create({
      data: {
        treatyId: treaty.id,
        jurisdictionId: f.partly.id,
        articles: ['23(2)'],
        text: 'Reserves the right not to apply art. 23(2).',
      },
    })
    await t.db.treatyAction.create({
      data: {
        treatyId: treaty.id,
        jurisdictionId: f.partly.id,
        action: 'RATIFICATION',
        actionDate: new Date('2021-03-01'),
      },
    })
    const after = (await getRatificationReadiness(t.db, { jurisdictionCode: f.partly.code, treatyUri: f.treaty.uri }))!
    expect(after.participation).toMatchObject({ status: 'party', since: new Date('2021-03-01') })
    expect(after.readiness.obligations[0].gaps[0].existingReservation?.text).toContain('23(2)')
  })

  it('says changes are needed where no reservation covers the gap', async () => {
    const r = (await getRatificationReadiness(t.db, { jurisdictionCode: f.lacks.code, treatyUri: f.treaty.uri }))!
    expect(r.readiness.obligations[0].readiness).toBe('CHANGES_NEEDED')
    expect(r.readiness).toMatchObject({ gapsCoverable: 1, gapsNeedingLegislation: 1 })
  })

  it('returns null for an unknown jurisdiction or treaty', async () => {
    expect(await getRatificationReadiness(t.db, { jurisdictionCode: 'QQ', treatyUri: f.treaty.uri })).toBeNull()
    expect(
      await getRatificationReadiness(t.db, { jurisdictionCode: f.meets.code, treatyUri: '/akn/zz/treaty/1/1' }),
    ).toBeNull()
  })
})
