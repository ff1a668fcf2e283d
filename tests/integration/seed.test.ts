import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'
import { createPrismaClient, type Db } from '@/lib/db/prisma'
import { seedDatabase, totalCounts, type SeedReport } from '@/lib/seed'

// A tiny dataset written by the test itself, so it never depends on the real prisma/data.
const src = 'https://example.org/source'
const GB_ACT = '/akn/gb/act/1978/37'
const LANZAROTE = '/akn/coe/treaty/2007/cets-201'

const countriesCsv = [
  'ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,M49,CLDR display name,official_name_en,UNTERM English Formal,Region Code,Region Name,Sub-region Code,Sub-region Name',
  'NA,NAM,516,Namibia,Namibia,the Republic of Namibia,2,Africa,202,Sub-Saharan Africa',
  'GB,GBR,826,UK,United Kingdom,the United Kingdom of Great Britain and Northern Ireland,150,Europe,154,Northern Europe',
  'DE,DEU,276,Germany,Germany,the Federal Republic of Germany,150,Europe,155,Western Europe',
  'AF,AFG,4,Afghanistan,Afghanistan,the Islamic Republic of Afghanistan,142,Asia,34,Southern Asia',
  ...['KP', 'TL', 'RS', 'BE', 'SS', 'US'].map((code) => `${code},,,Country ${code},,,,,,`),
].join('\n')

const statusHeader = 'iso2,member,state party,year ratification or accession,signatory,no action,status,note'
const crcCsv = [
  statusHeader,
  'AF,Afghanistan,1,1994,0,0,state party,',
  'KP,North Korea,1,1990,0,1,state party,',
  'TP,East Timor,1,2003,0,0,state party,as Timor-Leste',
  'RS,Serbia,1,1991,0,0,state party,',
  'US,United States,0,,1,0,signatory state,',
  'DE,Germany,1,1992,0,0,state party,',
].join('\r\n')
const opicCsv = [
  'iso2,member,state party,year ratification or accession,signatory,no action,status',
  'BE,Belgium,0,2014,0,0,state party',
  'S,South Sudan,0,,0,1,no action',
].join('\r\n')

const provision = (eId: string, extra: object = {}) => ({
  eId,
  text: `Text of ${eId}`,
  textKind: 'summary',
  citation: `PCA 1978, ${eId}`,
  verification: 'verified',
  ...extra,
})

const files: Record<string, unknown> = {
  'taxonomy.json': {
    topics: [
      {
        slug: 'offences',
        name: 'Offences',
        children: [
          { slug: 'offences.csam', name: 'CSAM' },
          { slug: 'offences.grooming', name: 'Grooming' },
        ],
      },
    ],
    concepts: [{ slug: 'csam', name: 'Child sexual abuse material' }],
    ageBenchmarkKinds: [{ code: 'sexual-consent', name: 'Age of sexual consent' }],
  },
  'organisations.json': [
    {
      code: 'UN',
      name: 'United Nations',
      kind: 'international-organisation',
      sourceUrl: src,
      verification: 'verified',
      members: [{ code: 'GB', joinedOn: '1945-10-24' }, { code: 'NA' }],
    },
    {
      code: 'COE',
      name: 'Council of Europe',
      kind: 'regional-organisation',
      sourceUrl: src,
      verification: 'needs-review',
      members: [{ code: 'GB' }, { code: 'XX' }],
    },
  ],
  'subnational.json': [{ code: 'GB-SCT', name: 'Scotland', parent: 'GB', sourceUrl: src }],
  'instruments/crc.json': {
    uri: '/akn/un/treaty/1989/crc',
    jurisdiction: 'UN',
    kind: 'treaty',
    title: 'Convention on the Rights of the Child',
    officialUrl: src,
    status: 'in-force',
    language: 'eng',
    verification: 'verified',
  },
  'instruments/opic.json': {
    uri: '/akn/un/treaty/2011/opic',
    jurisdiction: 'UN',
    kind: 'protocol',
    title: 'OPIC',
    officialUrl: src,
    status: 'in-force',
    language: 'eng',
    verification: 'verified',
  },
  'instruments/lanzarote.json': {
    uri: LANZAROTE,
    jurisdiction: 'COE',
    kind: 'treaty',
    title: 'Lanzarote Convention',
    officialUrl: src,
    status: 'in-force',
    language: 'eng',
    verification: 'verified',
    provisions: [
      {
        eId: 'art_23',
        text: 'Solicitation of children for sexual purposes',
        textKind: 'summary',
        citation: 'Lanzarote, art. 23',
        verification: 'verified',
        topics: ['offences.grooming'],
      },
    ],
  },
  'standards/lanzarote-23.json': {
    slug: 'lanzarote-23',
    name: 'Lanzarote Convention art. 23',
    issuer: 'Council of Europe',
    sourceUrl: src,
    instrument: LANZAROTE,
    verification: 'verified',
    criteria: [
      {
        code: '23',
        title: 'Solicitation',
        text: 'Criminalise solicitation',
        topic: 'offences.grooming',
        sourceProvision: `${LANZAROTE}#art_23`,
        verification: 'verified',
        elements: [
          { code: 'ict', text: 'through ICT' },
          { code: 'adult', text: 'by an adult' },
        ],
      },
    ],
  },
  'jurisdictions/GB.json': {
    jurisdiction: 'GB',
    instruments: [
      {
        uri: GB_ACT,
        jurisdiction: 'GB',
        kind: 'statute',
        title: 'Protection of Children Act 1978',
        officialUrl: src,
        adoptedOn: '1978-07-20',
        status: 'in-force',
        language: 'eng',
        verification: 'verified',
        version: { asAt: '2024-01-01' },
        provisions: [
          provision('sec_1', {
            topics: ['offences.csam'],
            children: [provision('sec_1__subsec_1'), provision('sec_1__subsec_2')],
          }),
          provision('sec_7'),
        ],
      },
    ],
    definitions: [
      {
        concept: 'csam',
        term: 'indecent photograph',
        text: 'A summary.',
        textKind: 'summary',
        provision: `${GB_ACT}#sec_7`,
        features: { ageLimit: 18, visual: true },
        citation: 'PCA 1978, s. 7',
        sourceUrl: src,
        verification: 'verified',
      },
      {
        concept: 'csam',
        term: 'dangling',
        text: 'Points nowhere.',
        textKind: 'summary',
        provision: `${GB_ACT}#sec_99`,
        citation: 'PCA 1978, s. 99',
        sourceUrl: src,
        verification: 'needs-review',
      },
    ],
    ageBenchmarks: [
      {
        kind: 'sexual-consent',
        age: 16,
        citation: 'Sexual Offences Act 2003',
        sourceUrl: src,
        verification: 'verified',
      },
    ],
    assessments: [
      {
        criterion: 'lanzarote-23/23',
        status: 'met',
        rationale: 'Section 1 covers it in our reading.',
        evidence: [{ provision: `${GB_ACT}#sec_1`, pinpoint: 's. 1(1)' }],
        elements: [{ code: 'ict', status: 'met', provision: `${GB_ACT}#sec_1__subsec_1` }],
        verification: 'needs-review',
      },
      {
        criterion: 'lanzarote-23/99',
        status: 'met',
        rationale: 'Refers to a criterion that does not exist.',
        verification: 'needs-review',
      },
    ],
  },
  'treaties/lanzarote.json': {
    treaty: LANZAROTE,
    actions: [{ jurisdiction: 'GB', action: 'ratification', date: '2018', sourceUrl: src, verification: 'verified' }],
  },
  'treaties/crc.json': {
    treaty: '/akn/un/treaty/1989/crc',
    actions: [
      { jurisdiction: 'DE', action: 'ratification', date: '1992-03-06', sourceUrl: src, verification: 'verified' },
      // Only the signature is curated: the CSV's year-only party row must stay.
      { jurisdiction: 'AF', action: 'signature', date: '1990-09-27', sourceUrl: src, verification: 'verified' },
    ],
  },
  'treaties/lanzarote-status.json': {
    treaty: LANZAROTE,
    statusAsOf: '2026-11-30',
    statusSourceUrl: `${src}/status`,
    reservations: [
      {
        jurisdiction: 'GB',
        kind: 'declaration',
        articles: ['37'],
        text: 'Test declaration summary.',
        textKind: 'summary',
        curatorNote: 'Private: compare with the chart.',
        sourceUrl: src,
        verification: 'needs-review',
      },
    ],
  },
  'crosswalks.json': [
    {
      slug: 'solicitation',
      label: 'Solicitation',
      entries: [{ provision: `${LANZAROTE}#art_23` }, { criterion: 'lanzarote-23/23' }],
    },
  ],
}

function writeFixture(dir: string) {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), JSON.stringify(content, null, 2))
  }
  mkdirSync(path.join(dir, 'reference', 'countries'), { recursive: true })
  mkdirSync(path.join(dir, 'reference', 'un-treaties'), { recursive: true })
  writeFileSync(path.join(dir, 'reference', 'countries', 'country-codes.csv'), countriesCsv)
  writeFileSync(path.join(dir, 'reference', 'un-treaties', 'hr_status_crc.csv'), crcCsv)
  writeFileSync(path.join(dir, 'reference', 'un-treaties', 'hr_status_op_crc_ic.csv'), opicCsv)
  // OPAC status without an OPAC instrument: the import must skip it and say so.
  writeFileSync(
    path.join(dir, 'reference', 'un-treaties', 'hr_status_op_crc_ac.csv'),
    `${statusHeader}\r\nAF,Afghanistan,1,2003,0,0,state party,`,
  )
}

let embedded: EmbeddedDatabase
let db: Db
let dataDir: string
let first: SeedReport

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lexbridge-seed-'))
  writeFixture(dataDir)
  embedded = await startEmbeddedDatabase()
  await migrate(embedded.url)
  db = createPrismaClient(embedded.url, 4)
  first = await seedDatabase(db, { dataDir })
})

afterAll(async () => {
  await db?.$disconnect()
  await embedded?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const jurisdictionId = async (code: string) => (await db.jurisdiction.findUniqueOrThrow({ where: { code } })).id
const treatyActions = async (uri: string, code: string) =>
  db.treatyAction.findMany({ where: { treaty: { uri }, jurisdiction: { code } }, orderBy: { action: 'asc' } })

describe('seedDatabase', () => {
  it('loads countries with their M49 data, keeping Namibia as "NA"', async () => {
    const namibia = await db.jurisdiction.findUniqueOrThrow({ where: { code: 'NA' } })
    expect(namibia).toMatchObject({
      name: 'Namibia',
      officialName: 'the Republic of Namibia',
      kind: 'STATE',
      iso3: 'NAM',
      m49Code: '516',
      regionCode: '002',
      subregionName: 'Sub-Saharan Africa',
      verification: 'VERIFIED',
    })
    expect((await db.jurisdiction.findUniqueOrThrow({ where: { code: 'AF' } })).m49Code).toBe('004')
  })

  it('loads organisations, memberships and sub-national units', async () => {
    expect(await db.jurisdiction.findUniqueOrThrow({ where: { code: 'COE' } })).toMatchObject({
      kind: 'REGIONAL_ORGANISATION',
      verification: 'NEEDS_REVIEW',
    })
    expect((await db.jurisdiction.findUniqueOrThrow({ where: { code: 'GB-SCT' } })).parentId).toBe(
      await jurisdictionId('GB'),
    )
    const un = await db.membership.findMany({
      where: { organisation: { code: 'UN' } },
      include: { member: true },
      orderBy: { member: { code: 'asc' } },
    })
    expect(un.map((m) => [m.member.code, m.joinedOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ['GB', '1945-10-24'],
      ['NA', null],
    ])
  })

  it('loads an instrument, its version and its provision tree in document order', async () => {
    const instrument = await db.instrument.findUniqueOrThrow({
      where: { uri: GB_ACT },
      include: {
        versions: {
          include: { provisions: { orderBy: { sortOrder: 'asc' }, include: { topics: { include: { topic: true } } } } },
        },
      },
    })
    expect(instrument).toMatchObject({ kind: 'STATUTE', status: 'IN_FORCE', verification: 'VERIFIED' })
    expect(instrument.adoptedOn?.toISOString()).toBe('1978-07-20T00:00:00.000Z')
    const [version] = instrument.versions
    expect(version.expressionUri).toBe(`${GB_ACT}/eng@2024-01-01`)
    const byEId = new Map(version.provisions.map((p) => [p.eId, p]))
    expect(version.provisions.map((p) => [p.eId, p.sortOrder])).toEqual([
      ['sec_1', 0],
      ['sec_1__subsec_1', 1],
      ['sec_1__subsec_2', 2],
      ['sec_7', 3],
    ])
    expect(byEId.get('sec_1__subsec_2')?.parentId).toBe(byEId.get('sec_1')?.id)
    expect(byEId.get('sec_1')?.topics.map((t) => t.topic.slug)).toEqual(['offences.csam'])
    expect(
      (await db.topic.findUniqueOrThrow({ where: { slug: 'offences.csam' }, include: { parent: true } })).parent?.slug,
    ).toBe('offences')
  })

  it('resolves provision references from definitions, assessments, criteria and crosswalks', async () => {
    const provisions = await db.provision.findMany({
      where: { instrumentVersion: { instrument: { uri: { in: [GB_ACT, LANZAROTE] } } } },
    })
    const idOf = (eId: string) => provisions.find((p) => p.eId === eId)?.id
    const definition = await db.definition.findFirstOrThrow({ where: { term: 'indecent photograph' } })
    expect(definition.provisionId).toBe(idOf('sec_7'))
    expect(definition.features).toMatchObject({ ageLimit: 18, visual: true, written: null })
    const assessment = await db.assessment.findFirstOrThrow({
      include: { evidence: true, elementResults: { include: { element: true } }, criterion: true },
    })
    expect(assessment.criterion.sourceProvisionId).toBe(idOf('art_23'))
    expect(assessment.evidence.map((e) => [e.provisionId, e.pinpoint])).toEqual([[idOf('sec_1'), 's. 1(1)']])
    expect(assessment.elementResults.map((r) => [r.element.code, r.status, r.provisionId])).toEqual([
      ['ict', 'MET', idOf('sec_1__subsec_1')],
    ])
    const entries = await db.crosswalkEntry.findMany({ where: { crosswalk: { slug: 'solicitation' } } })
    expect(entries.map((e) => e.provisionId ?? e.criterionId)).toEqual(
      expect.arrayContaining([idOf('art_23'), assessment.criterionId]),
    )
  })

  it('stores partial treaty dates with their precision', async () => {
    const [action] = await treatyActions(LANZAROTE, 'GB')
    expect(action).toMatchObject({ action: 'RATIFICATION', datePrecision: 'YEAR', verification: 'VERIFIED' })
    expect(action.actionDate?.toISOString()).toBe('2018-01-01T00:00:00.000Z')
  })

  it("stores the treaty's depositary status date and page, and curator notes apart from public text", async () => {
    expect(
      await db.instrument.findUnique({
        where: { uri: LANZAROTE },
        select: { statusAsOf: true, statusSourceUrl: true },
      }),
    ).toEqual({ statusAsOf: new Date('2026-11-30'), statusSourceUrl: `${src}/status` })
    const reservation = await db.reservation.findFirst({
      where: { treaty: { uri: LANZAROTE }, articles: { has: '37' } },
    })
    expect(reservation).toMatchObject({
      text: 'Test declaration summary.',
      curatorNote: 'Private: compare with the chart.',
    })
  })

  it('imports the UN status CSVs with the known defects fixed and reported', async () => {
    const crc = '/akn/un/treaty/1989/crc'
    expect(await treatyActions(crc, 'KP')).toMatchObject([
      { action: 'RATIFICATION', datePrecision: 'YEAR', verification: 'NEEDS_REVIEW' },
    ])
    expect((await treatyActions(crc, 'TL'))[0].actionDate?.getUTCFullYear()).toBe(2003)
    expect(await db.jurisdiction.findUnique({ where: { code: 'TP' } })).toBeNull()
    const [serbia] = await treatyActions(crc, 'RS')
    expect(serbia.action).toBe('SUCCESSION')
    expect(serbia.actionDate?.getUTCFullYear()).toBe(2001)
    expect(serbia.note).toMatch(/1991/)
    expect(await treatyActions(crc, 'US')).toMatchObject([{ action: 'SIGNATURE', actionDate: null }])
    expect((await treatyActions('/akn/un/treaty/2011/opic', 'BE'))[0].actionDate?.getUTCFullYear()).toBe(2014)
    expect(await treatyActions('/akn/un/treaty/2011/opic', 'SS')).toEqual([])
    // Germany is described by the curated treaty file, so the CSV's year-only row is not added.
    expect((await treatyActions(crc, 'DE')).map((a) => a.datePrecision)).toEqual(['DAY'])
    // A curated signature does not hide the CSV's "state party": Afghanistan keeps both.
    expect((await treatyActions(crc, 'AF')).map((a) => [a.action, a.datePrecision])).toEqual([
      ['SIGNATURE', 'DAY'],
      ['RATIFICATION', 'YEAR'],
    ])
    const fixes = first.fixes.join('\n')
    for (const expected of [
      'KP flags contradict',
      'TP; imported as TL',
      'RS year 1991',
      'BE flags contradict',
      '"S"; imported as SS',
    ])
      expect(fixes).toContain(expected)
    expect(first.warnings.join('\n')).toMatch(/OPAC .* has no instrument/)
    expect(first.warnings.join('\n')).toMatch(/hr_status_op_crc_sc.csv not found/)
  })

  it('skips and reports dangling references instead of failing', async () => {
    const messages = first.problems.map((p) => `${p.record}: ${p.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/definition csam "dangling": provision ".*#sec_99" not found/),
        expect.stringMatching(/assessment lanzarote-23\/99: criterion "lanzarote-23\/99" not found/),
        expect.stringMatching(/COE member XX: jurisdiction "XX" not found/),
      ]),
    )
    expect(first.problems).toHaveLength(3)
    expect(await db.definition.count({ where: { term: 'dangling' } })).toBe(0)
  })

  it('writes one seed revision per created curated row', async () => {
    const revisions = await db.revision.count({ where: { actor: 'seed', action: 'CREATE' } })
    expect(revisions).toBe(first.revisions)
    expect(
      await db.revision.count({ where: { entityType: 'Jurisdiction', entityId: await jurisdictionId('NA') } }),
    ).toBe(1)
  })

  it('changes nothing when run again', async () => {
    const revisionsBefore = await db.revision.count()
    const second = await seedDatabase(db, { dataDir })
    expect(totalCounts(second)).toMatchObject({ created: 0, updated: 0 })
    expect(totalCounts(second).unchanged).toBe(totalCounts(first).created)
    expect(second.revisions).toBe(0)
    expect(await db.revision.count()).toBe(revisionsBefore)
  })

  it('updates a changed record, bumps its version and records the change', async () => {
    const law = files['jurisdictions/GB.json'] as { ageBenchmarks: { age: number }[] }
    law.ageBenchmarks[0].age = 17
    writeFileSync(path.join(dataDir, 'jurisdictions', 'GB.json'), JSON.stringify(law))
    const third = await seedDatabase(db, { dataDir })
    expect(totalCounts(third)).toMatchObject({ created: 0, updated: 1 })
    const age = await db.ageBenchmark.findFirstOrThrow({ where: { jurisdiction: { code: 'GB' } } })
    expect(age).toMatchObject({ age: 17, version: 2 })
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: age.id, action: 'UPDATE' } })
    expect(revision).toMatchObject({ actor: 'seed', before: { age: 16 }, after: { age: 17 } })
  })
})
