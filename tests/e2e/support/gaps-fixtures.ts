import type { Db } from '@/lib/db/prisma'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** Letters only, so the codes pass the organisation-code pattern ([A-Z]{2,8}) in URLs. */
export function letterSuffix(length = 4) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)]
  return out
}

/**
 * A suffix none of the fixture's jurisdiction codes uses yet. The codes keep three of its letters
 * (`XA-ABC`: 17,576 values), so the ten fixtures of a run collided now and then (a unique-key error
 * in CI on 3 December).
 */
async function freeSuffix(db: Db) {
  for (;;) {
    const s = letterSuffix()
    const codes = [`ZO${s}`, ...['XA', 'XB', 'XC'].map((prefix) => `${prefix}-${s.slice(0, 3)}`)]
    if ((await db.jurisdiction.count({ where: { code: { in: codes } } })) === 0) return s
  }
}

/**
 * A self-contained gap-analysis world for one test:
 *  - an organisation and a treaty it issued, and a baseline standard drawn from that treaty with
 *    three criteria: "1" (criterion-level, sufficiency group), "2" (elements `real` and `virtual`,
 *    the latter reservable under 20(3) and derivable by csam-virtual) and "3" (element `age-18`,
 *    derivable by csam-age-18);
 *  - Alphaland (Europe, member of the organisation): a statute in force from 2010-01-01, criterion 1
 *    met, criterion 2 partly met (virtual material not covered), ratified 2012-03-01, reservation on
 *    20(3) made 2015-01-01, CSAM definition with age limit 18 (criterion 3 derived);
 *  - Betaland (Africa): criterion 1 not met, criterion 2 met by an act in force from 2018-07-01,
 *    criterion 3 curated as met although its CSAM age benchmark is 16 (a conflict), signed only;
 *  - Gammaland: nothing recorded.
 */
export async function createGapFixture(db: Db) {
  const s = await freeSuffix(db)
  const org = await db.jurisdiction.create({
    data: { code: `ZO${s}`, name: `Council ${s}`, kind: 'REGIONAL_ORGANISATION' },
  })
  const treatyUri = `/akn/zo${s.toLowerCase()}/treaty/2007/test-convention`
  const treaty = await db.instrument.create({
    data: {
      uri: treatyUri,
      jurisdictionId: org.id,
      kind: 'TREATY',
      title: `Test Convention ${s}`,
      shortTitle: `Test Convention ${s}`,
      inForceOn: d('2010-07-01'),
      versions: { create: { expressionUri: `${treatyUri}/eng@2007-10-25`, language: 'eng' } },
    },
  })

  const standard = await db.baselineStandard.create({
    data: {
      slug: `test-standard-${s.toLowerCase()}`,
      name: `Test Standard ${s}`,
      issuer: `Council ${s}`,
      instrumentId: treaty.id,
      verification: 'VERIFIED',
    },
  })
  const c1 = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '1',
      title: 'Specific legislation',
      text: 'The law has specific legislation.',
      sufficiencyGroup: 'sufficient',
      sortOrder: 0,
      articleRef: 'Test Convention, art. 19',
    },
  })
  const c2 = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '2',
      title: 'Producing material, offering or making it available, distributing or transmitting it',
      text: 'The law criminalises producing material.',
      sortOrder: 1,
      articleRef: 'Test Convention, art. 20(1)(a)',
    },
  })
  const c3 = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '3',
      title: 'Child means under 18',
      text: 'The definition protects all persons under 18.',
      sortOrder: 2,
      articleRef: 'Test Convention, art. 20(2)',
    },
  })
  const real = await db.criterionElement.create({
    data: {
      criterionId: c2.id,
      code: 'real',
      text: 'Material depicting a real child',
      articleRef: 'Test Convention, art. 20(1)(a)',
      sortOrder: 0,
    },
  })
  const virtual = await db.criterionElement.create({
    data: {
      criterionId: c2.id,
      code: 'virtual',
      text: 'Virtual or generated material',
      articleRef: 'Test Convention, art. 20(1)(a) and 20(3)',
      reservableArticle: '20(3)',
      derivationRule: 'csam-virtual',
      sortOrder: 1,
    },
  })
  const age = await db.criterionElement.create({
    data: {
      criterionId: c3.id,
      code: 'age-18',
      text: 'All persons under 18 are protected',
      articleRef: 'Test Convention, art. 20(2)',
      derivationRule: 'csam-age-18',
      sortOrder: 0,
    },
  })

  const alpha = await db.jurisdiction.create({
    data: {
      code: `XA-${s.slice(0, 3)}`,
      name: `Alphaland ${s}`,
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
      m49Code: '040',
    },
  })
  const beta = await db.jurisdiction.create({
    data: {
      code: `XB-${s.slice(0, 3)}`,
      name: `Betaland ${s}`,
      kind: 'STATE',
      regionCode: '002',
      regionName: 'Africa',
      m49Code: '404',
    },
  })
  const gamma = await db.jurisdiction.create({
    data: {
      code: `XC-${s.slice(0, 3)}`,
      name: `Gammaland ${s}`,
      kind: 'STATE',
      regionCode: '002',
      regionName: 'Africa',
    },
  })
  await db.membership.create({ data: { organisationId: org.id, memberId: alpha.id, joinedOn: d('1995-01-01') } })

  const statute = async (jurisdictionId: string, code: string, year: string, validFrom: string) => {
    const uri = `/akn/${code.toLowerCase()}/act/${year}/1`
    const instrument = await db.instrument.create({
      data: {
        uri,
        jurisdictionId,
        kind: 'STATUTE',
        title: `Child Protection Act ${year} (${code})`,
        versions: { create: { expressionUri: `${uri}/eng@${validFrom}`, language: 'eng', validFrom: d(validFrom) } },
      },
      include: { versions: true },
    })
    const versionId = instrument.versions[0].id
    const provision = (eId: string, num: string, sortOrder: number) =>
      db.provision.create({
        data: {
          versionId,
          eId,
          num,
          heading: `Section ${num}`,
          text: `Text of section ${num}.`,
          sortOrder,
          citation: `Child Protection Act ${year} (${code}), s. ${num}`,
        },
      })
    return { uri, s1: await provision('sec_1', '1', 1), s2: await provision('sec_2', '2', 2) }
  }

  const alphaLaw = await statute(alpha.id, alpha.code, '2009', '2010-01-01')
  await db.assessment.create({
    data: {
      jurisdictionId: alpha.id,
      criterionId: c1.id,
      status: 'MET',
      rationale: 'Alphaland has a dedicated act.',
      verification: 'VERIFIED',
      evidence: { create: { provisionId: alphaLaw.s1.id } },
    },
  })
  await db.assessment.create({
    data: {
      jurisdictionId: alpha.id,
      criterionId: c2.id,
      status: 'PARTIAL',
      rationale: 'Production is an offence for real children only.',
      elementResults: {
        create: [
          { elementId: real.id, status: 'MET', provisionId: alphaLaw.s1.id, pinpoint: 's. 1(2)(a)' },
          { elementId: virtual.id, status: 'NOT_MET', note: 'Generated material is not covered.' },
        ],
      },
    },
  })
  await db.treatyAction.createMany({
    data: [
      {
        treatyId: treaty.id,
        jurisdictionId: alpha.id,
        action: 'SIGNATURE',
        actionDate: d('2007-10-25'),
        lastVerifiedOn: d('2025-01-15'),
        sourceUrl: 'https://example.org/treaty-office',
      },
      {
        treatyId: treaty.id,
        jurisdictionId: alpha.id,
        action: 'RATIFICATION',
        actionDate: d('2012-03-01'),
        lastVerifiedOn: d('2025-01-15'),
        sourceUrl: 'https://example.org/treaty-office',
      },
      {
        treatyId: treaty.id,
        jurisdictionId: beta.id,
        action: 'SIGNATURE',
        actionDate: d('2019-05-01'),
        datePrecision: 'MONTH',
      },
    ],
  })
  await db.reservation.create({
    data: {
      treatyId: treaty.id,
      jurisdictionId: alpha.id,
      kind: 'RESERVATION',
      articles: ['20(3)', '20(1)(a)'],
      text: `Alphaland ${s} reserves the right not to apply article 20(1)(a) to virtual material.`,
      madeOn: d('2015-01-01'),
    },
  })
  const csam = await db.concept.upsert({
    where: { slug: 'csam' },
    create: { slug: 'csam', name: 'Child sexual abuse material' },
    update: {},
  })
  await db.definition.create({
    data: {
      conceptId: csam.id,
      jurisdictionId: alpha.id,
      provisionId: alphaLaw.s2.id,
      term: 'indecent image of a child',
      text: 'An image of a person under 18.',
      citation: alphaLaw.s2.citation,
      features: { ageLimit: 18, virtualOrGenerated: false },
    },
  })

  const betaLaw = await statute(beta.id, beta.code, '2018', '2018-07-01')
  await db.assessment.create({
    data: { jurisdictionId: beta.id, criterionId: c1.id, status: 'NOT_MET', rationale: 'No dedicated legislation.' },
  })
  await db.assessment.create({
    data: {
      jurisdictionId: beta.id,
      criterionId: c2.id,
      status: 'MET',
      rationale: 'The 2018 act covers real and generated material.',
      elementResults: {
        create: [
          { elementId: real.id, status: 'MET', provisionId: betaLaw.s1.id },
          { elementId: virtual.id, status: 'MET', provisionId: betaLaw.s2.id },
        ],
      },
    },
  })
  await db.assessment.create({
    data: {
      jurisdictionId: beta.id,
      criterionId: c3.id,
      status: 'MET',
      rationale: 'Curated as met.',
      elementResults: { create: { elementId: age.id, status: 'MET' } },
    },
  })
  const csamAge = await db.ageBenchmarkKind.upsert({
    where: { code: 'csam-age-limit' },
    create: { code: 'csam-age-limit', name: 'Age limit in the CSAM definition' },
    update: {},
  })
  await db.ageBenchmark.create({
    data: { jurisdictionId: beta.id, kindId: csamAge.id, age: 16, citation: `Penal Code (${beta.code}), art. 1` },
  })

  return {
    suffix: s,
    org: { code: org.code, name: org.name },
    treaty: { uri: treatyUri, title: treaty.title },
    standard: { slug: standard.slug, name: standard.name },
    alpha: { code: alpha.code, name: alpha.name, lawUri: alphaLaw.uri, s1Citation: alphaLaw.s1.citation },
    beta: { code: beta.code, name: beta.name, lawUri: betaLaw.uri, s2Citation: betaLaw.s2.citation },
    gamma: { code: gamma.code, name: gamma.name },
  }
}

export type GapFixture = Awaited<ReturnType<typeof createGapFixture>>
