import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findJurisdictionPicker } from '@/lib/data/compare/find-jurisdiction-groups'
import { findJurisdictions } from '@/lib/data/find-jurisdictions'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let t: TestDatabase
const today = new Date('2026-06-01T00:00:00Z')

beforeAll(async () => {
  t = await createTestDatabase()
  const db = t.db
  const state = (code: string, name: string, region?: [string, string, string, string]) =>
    db.jurisdiction.create({
      data: {
        code,
        name,
        kind: 'STATE',
        ...(region && {
          regionCode: region[0],
          regionName: region[1],
          subregionCode: region[2],
          subregionName: region[3],
        }),
      },
    })
  const coe = await db.jurisdiction.create({
    data: { code: 'COE', name: 'Council of Europe', kind: 'REGIONAL_ORGANISATION' },
  })
  await db.jurisdiction.create({ data: { code: 'ICMEC', name: 'ICMEC', kind: 'INTERNATIONAL_ORGANISATION' } })
  const de = await state('DE', 'Germany', ['150', 'Europe', '155', 'Western Europe'])
  const fr = await state('FR', 'France', ['150', 'Europe', '155', 'Western Europe'])
  const ru = await state('RU', 'Russian Federation', ['150', 'Europe', '151', 'Eastern Europe'])
  const ua = await state('UA', 'Ukraine', ['150', 'Europe', '151', 'Eastern Europe'])
  const xx = await db.jurisdiction.create({
    data: { code: 'XX', name: 'Hidden', kind: 'STATE', deletedAt: new Date() },
  })
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
  await db.membership.createMany({
    data: [
      { organisationId: coe.id, memberId: de.id, joinedOn: d('1950-07-13') },
      { organisationId: coe.id, memberId: fr.id },
      { organisationId: coe.id, memberId: ru.id, joinedOn: d('1996-02-28'), leftOn: d('2022-03-16') },
      { organisationId: coe.id, memberId: ua.id, joinedOn: d('2030-01-01') },
      { organisationId: coe.id, memberId: xx.id },
    ],
  })
  await db.instrument.create({
    data: { uri: '/akn/de/act/2020/1', jurisdictionId: de.id, kind: 'STATUTE', title: 'Act' },
  })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('findJurisdictionPicker', () => {
  it('offers published jurisdictions with whether law is recorded', async () => {
    const { jurisdictions } = await findJurisdictionPicker(t.db)
    expect(jurisdictions.map((j) => [j.code, j.hasData])).toEqual([
      ['COE', false],
      ['FR', false],
      ['DE', true],
      ['RU', false],
      ['UA', false],
    ])
  })

  it("groups an organisation's members today (joined, undated or not left) and each M49 region and sub-region", async () => {
    const { groups } = await findJurisdictionPicker(t.db, { today })
    expect(groups).toEqual([
      { key: 'org:COE', kind: 'organisation', label: 'Council of Europe', codes: ['DE', 'FR'] },
      { key: 'm49:151', kind: 'region', label: 'Eastern Europe', codes: ['RU', 'UA'] },
      { key: 'm49:150', kind: 'region', label: 'Europe', codes: ['FR', 'DE', 'RU', 'UA'] },
      { key: 'm49:155', kind: 'region', label: 'Western Europe', codes: ['FR', 'DE'] },
    ])
  })
})

describe('findJurisdictions (the browse list)', () => {
  it('sorts by a count, largest first, then by name', async () => {
    const rows = await findJurisdictions(t.db, { sort: 'instruments', dir: 'desc' })
    expect(rows.map((r) => r.code)).toEqual(['DE', 'COE', 'FR', 'ICMEC', 'RU', 'UA'])
  })
})
