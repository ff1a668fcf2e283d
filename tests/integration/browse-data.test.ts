import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findJurisdictionFacets, findJurisdictions } from '@/lib/data/find-jurisdictions'
import { getDataCoverage } from '@/lib/data/get-data-coverage'
import { findVersionProvisions, getInstrument } from '@/lib/data/get-instrument'
import { findInstruments } from '@/lib/data/find-instruments'
import { getJurisdictionProfile } from '@/lib/data/get-jurisdiction-profile'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  const db = t.db
  const eu = await db.jurisdiction.create({
    data: { code: 'EU', name: 'European Union', kind: 'REGIONAL_ORGANISATION' },
  })
  const de = await db.jurisdiction.create({
    data: {
      code: 'DE',
      name: 'Germany',
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
      subregionName: 'Western Europe',
    },
  })
  await db.jurisdiction.create({
    data: { code: 'KE', name: 'Kenya', kind: 'STATE', regionCode: '002', regionName: 'Africa' },
  })
  await db.jurisdiction.create({
    data: {
      code: 'XX',
      name: 'Hidden draft',
      kind: 'STATE',
      regionCode: '002',
      regionName: 'Africa',
      publicationState: 'DRAFT',
    },
  })
  await db.membership.create({ data: { organisationId: eu.id, memberId: de.id } })
  await db.instrument.create({
    data: {
      uri: '/akn/eu/directive/2011/93',
      jurisdictionId: eu.id,
      kind: 'DIRECTIVE',
      title: 'Directive 2011/93/EU on combating sexual abuse of children',
    },
  })
  await db.instrument.create({
    data: {
      uri: '/akn/eu/regulation/2016/679',
      jurisdictionId: eu.id,
      kind: 'EU_REGULATION',
      title: 'General Data Protection Regulation',
      deletedAt: new Date(),
    },
  })
  const stgb = await db.instrument.create({
    data: {
      uri: '/akn/de/code/1871/stgb',
      jurisdictionId: de.id,
      kind: 'CODE',
      title: 'Strafgesetzbuch',
      verification: 'VERIFIED',
      versions: {
        create: [
          {
            expressionUri: '/akn/de/code/1871/stgb/deu@2021-07-01',
            language: 'deu',
            validFrom: new Date('2021-07-01'),
          },
          {
            expressionUri: '/akn/de/code/1871/stgb/deu@2024-06-28',
            language: 'deu',
            validFrom: new Date('2024-06-28'),
          },
        ],
      },
    },
    include: { versions: true },
  })
  const latest = stgb.versions.find((v) => v.expressionUri.endsWith('2024-06-28'))!
  const chapter = await db.provision.create({
    data: {
      versionId: latest.id,
      eId: 'chp_13',
      text: 'Straftaten gegen die sexuelle Selbstbestimmung',
      citation: 'StGB, 13. Abschnitt',
      sortOrder: 1,
    },
  })
  await db.provision.create({
    data: {
      versionId: latest.id,
      eId: 'chp_13__para_184b',
      parentId: chapter.id,
      text: 'Verbreitung, Erwerb und Besitz kinderpornographischer Inhalte',
      citation: 'StGB § 184b',
      sortOrder: 2,
      verification: 'VERIFIED',
    },
  })
  await db.provision.create({
    data: {
      versionId: latest.id,
      eId: 'chp_13__para_184c',
      text: 'Withdrawn text',
      citation: 'StGB § 184c',
      sortOrder: 3,
      deletedAt: new Date(),
    },
  })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('browse data layer', () => {
  it('filters jurisdictions by name, region, kind and law, and never lists unpublished rows', async () => {
    expect((await findJurisdictions(t.db, {})).map((j) => j.code)).toEqual(['EU', 'DE', 'KE'])
    expect((await findJurisdictions(t.db, { q: 'germ' })).map((j) => j.code)).toEqual(['DE'])
    expect((await findJurisdictions(t.db, { q: 'ke' })).map((j) => j.code)).toEqual(['KE'])
    expect((await findJurisdictions(t.db, { region: '002' })).map((j) => j.code)).toEqual(['KE'])
    expect((await findJurisdictions(t.db, { kind: 'regional-organisation' })).map((j) => j.code)).toEqual(['EU'])
    expect((await findJurisdictions(t.db, { law: '1' })).map((j) => j.code)).toEqual(['EU', 'DE'])
    const facets = await findJurisdictionFacets(t.db)
    expect(facets.regions).toEqual([
      { code: '002', name: 'Africa', count: 1 },
      { code: '150', name: 'Europe', count: 1 },
    ])
  })

  it('builds a profile with memberships and counts only published instruments', async () => {
    const profile = await getJurisdictionProfile(t.db, { code: 'DE' })
    expect(profile?.memberships.map((m) => m.organisation.code)).toEqual(['EU'])
    expect(profile?.instruments.map((i) => i.uri)).toEqual(['/akn/de/code/1871/stgb'])
    expect(await getJurisdictionProfile(t.db, { code: 'XX' })).toBeNull()
    const eu = await getJurisdictionProfile(t.db, { code: 'EU' })
    expect(eu?.members.map((m) => m.member.code)).toEqual(['DE'])
  })

  it('finds an instrument by URI or id, newest version first, without deleted provisions', async () => {
    const byUri = await getInstrument(t.db, { idOrUri: '/akn/de/code/1871/stgb' })
    expect(byUri?.versions.map((v) => v.expressionUri)).toEqual([
      '/akn/de/code/1871/stgb/deu@2024-06-28',
      '/akn/de/code/1871/stgb/deu@2021-07-01',
    ])
    expect((await getInstrument(t.db, { idOrUri: byUri!.id }))?.uri).toBe('/akn/de/code/1871/stgb')
    const provisions = await findVersionProvisions(t.db, { versionId: byUri!.versions[0].id })
    expect(provisions.map((p) => p.eId)).toEqual(['chp_13', 'chp_13__para_184b'])
  })

  it('lists instruments by title, kind and scope, without deleted ones', async () => {
    const all = await findInstruments(t.db, { page: 1 })
    expect(all.rows.map((r) => r.uri)).toEqual(['/akn/eu/directive/2011/93', '/akn/de/code/1871/stgb'])
    expect(all.total).toBe(2)
    expect((await findInstruments(t.db, { page: 1, q: 'sexual abuse' })).rows.map((r) => r.uri)).toEqual([
      '/akn/eu/directive/2011/93',
    ])
    expect((await findInstruments(t.db, { page: 1, kind: 'code' })).rows.map((r) => r.uri)).toEqual([
      '/akn/de/code/1871/stgb',
    ])
    expect((await findInstruments(t.db, { page: 1, scope: 'international' })).rows.map((r) => r.uri)).toEqual([
      '/akn/eu/directive/2011/93',
    ])
    expect((await findInstruments(t.db, { page: 1, scope: 'national' })).rows.map((r) => r.uri)).toEqual([
      '/akn/de/code/1871/stgb',
    ])
    expect((await findInstruments(t.db, { page: 2 })).rows).toEqual([])
  })

  it('reports coverage by jurisdiction and verification', async () => {
    const { jurisdictions, totals } = await getDataCoverage(t.db)
    // Sorted by name: European Union, Germany.
    expect(jurisdictions.map((j) => j.code)).toEqual(['EU', 'DE'])
    const germany = jurisdictions[1]
    expect(germany.instruments).toEqual({ verified: 1, needsReview: 0 })
    expect(germany.provisions).toEqual({ verified: 1, needsReview: 1 })
    expect(jurisdictions[0].instruments).toEqual({ verified: 0, needsReview: 1 })
    expect(totals.definitions).toEqual({ verified: 0, needsReview: 0 })
  })
})
