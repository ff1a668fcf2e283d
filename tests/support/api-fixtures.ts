import type { Db } from '@/lib/db/prisma'

/**
 * A small published world for the API tests (fictional jurisdictions and texts, no real law),
 * plus unpublished and deleted rows and curator-only notes that must never come out. Every
 * curator-only field holds SECRET, so a test can search each response body for it.
 */
export const SECRET = 'CURATOR-ONLY-7f3a'

export async function createApiFixture(db: Db) {
  const org = await db.jurisdiction.create({
    data: { code: 'ZORG', name: 'Zed Organisation', kind: 'REGIONAL_ORGANISATION', notes: SECRET },
  })
  const zz = await db.jurisdiction.create({
    data: {
      code: 'ZZ',
      name: 'Zedland',
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
      notes: SECRET,
      verification: 'VERIFIED',
    },
  })
  const zy = await db.jurisdiction.create({
    data: { code: 'ZY', name: 'Whyland', kind: 'STATE', regionCode: '002', regionName: 'Africa' },
  })
  await db.jurisdiction.create({ data: { code: 'ZX', name: 'Hidden draft', kind: 'STATE', publicationState: 'DRAFT' } })
  await db.membership.create({
    data: { organisationId: org.id, memberId: zz.id, joinedOn: new Date('2001-01-01'), note: SECRET },
  })

  const act = await db.instrument.create({
    data: {
      uri: '/akn/zz/act/2020/1',
      jurisdictionId: zz.id,
      kind: 'STATUTE',
      title: 'Zedland Child Online Safety Act 2020',
      inForceOn: new Date('2020-06-01'),
      versions: {
        create: [
          {
            expressionUri: '/akn/zz/act/2020/1/eng@2020-06-01',
            language: 'eng',
            validFrom: new Date('2020-06-01'),
            note: SECRET,
          },
          {
            expressionUri: '/akn/zz/act/2020/1/eng@2023-01-01',
            language: 'eng',
            validFrom: new Date('2023-01-01'),
            note: SECRET,
          },
        ],
      },
    },
    include: { versions: true },
  })
  const current = act.versions.find((v) => v.expressionUri.endsWith('2023-01-01'))!
  const part = await db.provision.create({
    data: {
      versionId: current.id,
      eId: 'part_1',
      heading: 'Offences',
      text: 'Fictional part.',
      citation: 'ZCOSA 2020, Part 1',
      sortOrder: 1,
    },
  })
  const sec = await db.provision.create({
    data: {
      versionId: current.id,
      eId: 'part_1__sec_2',
      parentId: part.id,
      num: '2',
      heading: 'Grooming',
      text: 'Fictional grooming offence.',
      citation: 'ZCOSA 2020, s. 2',
      sortOrder: 2,
    },
  })
  await db.provision.create({
    data: {
      versionId: current.id,
      eId: 'part_1__sec_3',
      parentId: part.id,
      text: 'Draft text.',
      citation: 'ZCOSA 2020, s. 3',
      sortOrder: 3,
      publicationState: 'DRAFT',
    },
  })
  await db.instrument.create({
    data: {
      uri: '/akn/zz/act/1990/4',
      jurisdictionId: zz.id,
      kind: 'STATUTE',
      title: 'Old Act',
      status: 'REPEALED',
      inForceOn: new Date('1990-01-01'),
      repealedOn: new Date('2019-01-01'),
    },
  })
  await db.instrument.create({
    data: {
      uri: '/akn/zx/act/2021/9',
      jurisdictionId: zy.id,
      kind: 'CODE',
      title: 'Deleted code',
      deletedAt: new Date(),
    },
  })

  const concept = await db.concept.create({ data: { slug: 'child', name: 'Child' } })
  await db.definition.create({
    data: {
      conceptId: concept.id,
      jurisdictionId: zz.id,
      provisionId: sec.id,
      term: 'child',
      text: 'A person under 18 (fictional).',
      citation: 'ZCOSA 2020, s. 1',
      features: { ageLimit: 18 },
    },
  })
  await db.definition.create({
    data: {
      conceptId: concept.id,
      jurisdictionId: zy.id,
      term: 'minor',
      text: 'Draft definition.',
      citation: 'x',
      publicationState: 'IN_REVIEW',
    },
  })
  const kind = await db.ageBenchmarkKind.create({ data: { code: 'sexual-consent', name: 'Sexual consent' } })
  await db.ageBenchmark.create({
    data: {
      jurisdictionId: zz.id,
      kindId: kind.id,
      age: 16,
      citation: 'ZCOSA 2020, s. 4',
      validFrom: new Date('2020-06-01'),
    },
  })
  await db.ageBenchmark.create({
    data: { jurisdictionId: zy.id, kindId: kind.id, age: 14, citation: 'Old', validTo: new Date('2010-01-01') },
  })

  const treaty = await db.instrument.create({
    data: {
      uri: '/akn/zorg/treaty/2010/1',
      jurisdictionId: org.id,
      kind: 'TREATY',
      title: 'Zed Convention on Children Online',
      adoptedOn: new Date('2010-05-01'),
    },
  })
  await db.treatyAction.create({
    data: {
      treatyId: treaty.id,
      jurisdictionId: zz.id,
      action: 'SIGNATURE',
      actionDate: new Date('2011-05-01'),
      datePrecision: 'MONTH',
      note: SECRET,
    },
  })
  await db.treatyAction.create({
    data: {
      treatyId: treaty.id,
      jurisdictionId: zz.id,
      action: 'RATIFICATION',
      actionDate: new Date('2012-01-01'),
      datePrecision: 'YEAR',
      note: SECRET,
    },
  })
  await db.treatyAction.create({
    data: { treatyId: treaty.id, jurisdictionId: zy.id, action: 'SIGNATURE', actionDate: new Date('2013-02-03') },
  })
  await db.reservation.create({
    data: { treatyId: treaty.id, jurisdictionId: zz.id, articles: ['5(2)'], text: 'Fictional reservation.' },
  })

  const user = await db.user.create({ data: { name: 'Curator Person', email: 'curator@example.test', role: 'editor' } })
  const standard = await db.baselineStandard.create({
    data: { slug: 'zed-5', name: 'Zed Convention art. 5', issuer: 'Zed Organisation', instrumentId: treaty.id },
  })
  const criterion = await db.criterion.create({
    data: { standardId: standard.id, code: '5', title: 'Grooming offence', text: 'Fictional criterion.' },
  })
  const element = await db.criterionElement.create({
    data: { criterionId: criterion.id, code: 'a', text: 'Online contact' },
  })
  const assessment = await db.assessment.create({
    data: {
      jurisdictionId: zz.id,
      criterionId: criterion.id,
      status: 'MET',
      rationale: 'Section 2 covers it (fictional).',
      assessedById: user.id,
      assessedOn: new Date('2026-01-02'),
    },
  })
  await db.assessmentEvidence.create({
    data: { assessmentId: assessment.id, provisionId: sec.id, pinpoint: 's. 2(1)', note: SECRET },
  })
  await db.assessmentElementResult.create({
    data: { assessmentId: assessment.id, elementId: element.id, status: 'MET', provisionId: sec.id, note: SECRET },
  })

  await db.revision.createMany({
    data: [
      {
        entityType: 'Instrument',
        entityId: act.id,
        action: 'CREATE',
        after: { uri: act.uri, title: act.title, publicationState: 'PUBLISHED' },
        userId: user.id,
        createdAt: new Date('2026-03-01T10:00:00Z'),
      },
      {
        entityType: 'Instrument',
        entityId: act.id,
        action: 'UPDATE',
        before: { uri: act.uri, title: 'Old title', notes: SECRET, publicationState: 'PUBLISHED' },
        after: { uri: act.uri, title: act.title, notes: `${SECRET} changed`, publicationState: 'PUBLISHED' },
        userId: user.id,
        createdAt: new Date('2026-03-02T10:00:00Z'),
      },
      {
        entityType: 'Definition',
        entityId: 'draft-def',
        action: 'CREATE',
        after: { term: 'minor', publicationState: 'IN_REVIEW' },
        createdAt: new Date('2026-03-03T10:00:00Z'),
      },
      {
        entityType: 'Jurisdiction',
        entityId: zy.id,
        action: 'UPDATE',
        before: { code: 'ZY', name: 'Y' },
        after: { code: 'ZY', name: 'Whyland' },
        actor: 'seed',
        createdAt: new Date('2026-03-04T10:00:00Z'),
      },
    ],
  })
  return { zz, zy, org, act, current, sec, treaty, standard, user }
}

/**
 * Route handlers read the app's client from lib/db.ts, which keeps it on globalThis: the API
 * tests call handlers directly, so they point it at their test database.
 */
export function useAsAppDatabase(db: Db) {
  ;(globalThis as unknown as { lexbridgeDb?: Db }).lexbridgeDb = db
}
