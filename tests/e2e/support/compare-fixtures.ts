import type { Db } from '@/lib/db/prisma'
import { uniqueSuffix } from './database'

/**
 * A self-contained comparison for one test (integration or end-to-end): three states and an
 * organisation with a treaty, a small topic tree of its own, definitions, ages and a criterion.
 * Every name carries a unique suffix, so tests never collide and never need the seed.
 *
 *   Alphaland  statute in two versions (2010–2020, 2020–) + a future one (2099); s. 3 on grooming
 *              changes between versions; an unpublished provision on grooming (must not show)
 *   Betaland   statute with s. 5 (CSAM) and s. 6 (CSAM and grooming)
 *   Gammaland  nothing recorded (every cell is a gap) but an unpublished definition
 *   Treaty     an organisation's convention with art. 23 on grooming (the optional column)
 */
export async function createCompareFixture(db: Db) {
  const suffix = uniqueSuffix().slice(-3)
  const lower = suffix.toLowerCase()
  const topicRoot = await db.topic.create({ data: { slug: `cmp-${lower}`, name: `Offences ${suffix}`, sortOrder: 1 } })
  const grooming = await db.topic.create({
    data: { slug: `cmp-${lower}.grooming`, name: `Grooming ${suffix}`, parentId: topicRoot.id, sortOrder: 1 },
  })
  const csam = await db.topic.create({
    data: { slug: `cmp-${lower}.csam`, name: `Abuse material ${suffix}`, parentId: topicRoot.id, sortOrder: 2 },
  })
  const sextortion = await db.topic.create({
    data: { slug: `cmp-${lower}.sextortion`, name: `Sextortion ${suffix}`, parentId: topicRoot.id, sortOrder: 3 },
  })

  const state = (prefix: string, name: string) =>
    db.jurisdiction.create({
      data: {
        code: `${prefix}-${suffix}`,
        name: `${name} ${suffix}`,
        kind: 'STATE',
        regionCode: '150',
        regionName: 'Europe',
        verification: 'VERIFIED',
      },
    })
  const alpha = await state('XC', 'Alphaland')
  const beta = await state('XD', 'Betaland')
  const gamma = await state('XE', 'Gammaland')
  const org = await db.jurisdiction.create({
    data: { code: `XO-${suffix}`, name: `Council ${suffix}`, kind: 'INTERNATIONAL_ORGANISATION' },
  })

  // Alphaland: one act, three versions.
  const alphaUri = `/akn/xc-${lower}/act/2010/1`
  const alphaAct = await db.instrument.create({
    data: {
      uri: alphaUri,
      jurisdictionId: alpha.id,
      kind: 'STATUTE',
      title: `Alphaland Child Protection Act ${suffix}`,
      shortTitle: `Alpha CPA ${suffix}`,
      status: 'IN_FORCE',
      verification: 'VERIFIED',
    },
  })
  const version = (expression: string, validFrom: string, validTo?: string) =>
    db.instrumentVersion.create({
      data: {
        instrumentId: alphaAct.id,
        expressionUri: `${alphaUri}/eng@${expression}`,
        language: 'eng',
        validFrom: new Date(validFrom),
        validTo: validTo ? new Date(validTo) : null,
      },
    })
  const alphaOld = await version('2010-01-01', '2010-01-01', '2020-01-01')
  const alphaNow = await version('2020-01-01', '2020-01-01')
  const alphaFuture = await version('2099-01-01', '2099-01-01')
  const groomingText = (age: number, extra = '') =>
    `A person who communicates with a child under ${age} and proposes a meeting for a sexual purpose${extra} commits an offence.`
  const alphaGroomingOld = await db.provision.create({
    data: {
      versionId: alphaOld.id,
      eId: 'sec_3',
      num: 's. 3',
      heading: 'Grooming',
      text: groomingText(14),
      textKind: 'VERBATIM',
      citation: `Alpha CPA ${suffix}, s. 3 (2010)`,
      verification: 'VERIFIED',
      topics: { create: { topicId: grooming.id } },
    },
  })
  const alphaGrooming = await db.provision.create({
    data: {
      versionId: alphaNow.id,
      eId: 'sec_3',
      num: 's. 3',
      heading: 'Grooming',
      text: groomingText(16, ', by any means including online services,'),
      textKind: 'VERBATIM',
      citation: `Alpha CPA ${suffix}, s. 3`,
      sourceUrl: 'https://example.org/alpha/s3',
      verification: 'VERIFIED',
      sortOrder: 3,
      topics: { create: { topicId: grooming.id } },
    },
  })
  await db.provision.create({
    data: {
      versionId: alphaNow.id,
      eId: 'sec_4',
      num: 's. 4',
      heading: `Unpublished draft ${suffix}`,
      text: 'Draft text that must not appear.',
      citation: `Alpha CPA ${suffix}, s. 4`,
      publicationState: 'DRAFT',
      sortOrder: 4,
      topics: { create: { topicId: grooming.id } },
    },
  })
  await db.provision.create({
    data: {
      versionId: alphaFuture.id,
      eId: 'sec_3',
      num: 's. 3',
      heading: 'Grooming',
      text: groomingText(18),
      citation: `Alpha CPA ${suffix}, s. 3 (2099)`,
      topics: { create: { topicId: grooming.id } },
    },
  })

  // Betaland: one act, one version.
  const betaUri = `/akn/xd-${lower}/act/2015/9`
  const betaAct = await db.instrument.create({
    data: {
      uri: betaUri,
      jurisdictionId: beta.id,
      kind: 'STATUTE',
      title: `Betaland Penal Code ${suffix}`,
      status: 'IN_FORCE',
      versions: {
        create: { expressionUri: `${betaUri}/eng@2015-01-01`, language: 'eng', validFrom: new Date('2015-01-01') },
      },
    },
    include: { versions: true },
  })
  const betaCsam = await db.provision.create({
    data: {
      versionId: betaAct.versions[0].id,
      eId: 'sec_5',
      num: 's. 5',
      heading: 'Abuse material',
      text: `Whoever possesses sexual images of a person under 16 commits an offence (${suffix}).`,
      citation: `Betaland Penal Code ${suffix}, s. 5`,
      textKind: 'SUMMARY',
      sortOrder: 5,
      topics: { create: { topicId: csam.id } },
    },
  })
  const betaGrooming = await db.provision.create({
    data: {
      versionId: betaAct.versions[0].id,
      eId: 'sec_6',
      num: 's. 6',
      heading: 'Online solicitation',
      text: groomingText(16, ' through electronic communications'),
      citation: `Betaland Penal Code ${suffix}, s. 6`,
      textKind: 'VERBATIM',
      sortOrder: 6,
      topics: { create: [{ topicId: grooming.id }, { topicId: csam.id }] },
    },
  })

  // The organisation's treaty, for the optional column.
  const treatyUri = `/akn/xo-${lower}/treaty/2007/1`
  const treaty = await db.instrument.create({
    data: {
      uri: treatyUri,
      jurisdictionId: org.id,
      kind: 'TREATY',
      title: `Convention on Child Safety ${suffix}`,
      shortTitle: `Child Safety Convention ${suffix}`,
      status: 'IN_FORCE',
      versions: {
        create: { expressionUri: `${treatyUri}/eng@2007-10-25`, language: 'eng', validFrom: new Date('2010-07-01') },
      },
    },
    include: { versions: true },
  })
  const treatyGrooming = await db.provision.create({
    data: {
      versionId: treaty.versions[0].id,
      eId: 'art_23',
      num: 'Art. 23',
      heading: 'Solicitation of children',
      text: 'Each Party shall criminalise the intentional proposal, through ICT, of an adult to meet a child.',
      citation: `Child Safety Convention ${suffix}, art. 23`,
      textKind: 'SUMMARY',
      verification: 'VERIFIED',
      topics: { create: { topicId: grooming.id } },
    },
  })

  // Definitions of CSAM (a global concept: upserted, never renamed).
  const csamConcept = await db.concept.upsert({
    where: { slug: 'csam' },
    create: { slug: 'csam', name: 'Child sexual abuse material' },
    update: {},
  })
  await db.definition.create({
    data: {
      conceptId: csamConcept.id,
      jurisdictionId: alpha.id,
      provisionId: alphaGrooming.id,
      term: `abuse image ${suffix}`,
      text: 'any visual depiction, including a computer-generated image, of a person under 18 in sexual activity',
      textKind: 'VERBATIM',
      citation: `Alpha CPA ${suffix}, s. 1`,
      verification: 'VERIFIED',
      features: { ageLimit: 18, visual: true, virtualOrGenerated: true, selfGeneratedExemption: false },
    },
  })
  await db.definition.create({
    data: {
      conceptId: csamConcept.id,
      jurisdictionId: beta.id,
      term: `indecent image ${suffix}`,
      text: 'a photograph of a real person under 16 in sexual activity',
      textKind: 'SUMMARY',
      citation: `Betaland Penal Code ${suffix}, s. 1`,
      features: { ageLimit: 16, visual: true, virtualOrGenerated: false },
    },
  })
  await db.definition.create({
    data: {
      conceptId: csamConcept.id,
      jurisdictionId: gamma.id,
      term: `draft term ${suffix}`,
      text: 'An unpublished draft.',
      citation: 'Draft',
      publicationState: 'DRAFT',
    },
  })

  // Ages. Kinds are global reference rows: upserted.
  const kindNames: Record<string, string> = {
    majority: 'Age of majority',
    'sexual-consent': 'Age of sexual consent',
    'digital-consent': 'Age of digital consent',
    'criminal-responsibility': 'Age of criminal responsibility',
    'csam-age-limit': 'CSAM age limit',
    marriage: 'Minimum age of marriage',
  }
  const kinds: Record<string, string> = {}
  for (const [index, [code, name]] of Object.entries(kindNames).entries()) {
    kinds[code] = (
      await db.ageBenchmarkKind.upsert({ where: { code }, create: { code, name, sortOrder: index }, update: {} })
    ).id
  }
  const age = (jurisdictionId: string, kind: string, value: number | null, extra: object = {}) =>
    db.ageBenchmark.create({
      data: { jurisdictionId, kindId: kinds[kind], age: value, citation: `Age law ${suffix}`, ...extra },
    })
  await age(alpha.id, 'sexual-consent', 15, { conditions: 'Close-in-age exemption of three years' })
  await age(alpha.id, 'digital-consent', 16)
  await age(alpha.id, 'csam-age-limit', 18)
  await age(beta.id, 'sexual-consent', 16)
  await age(beta.id, 'digital-consent', 13)
  await age(beta.id, 'csam-age-limit', 16)
  await age(beta.id, 'marriage', 12, { validTo: new Date('2000-01-01'), conditions: 'Repealed rule' })

  // A criterion with two elements; only Alphaland is assessed.
  const standard = await db.baselineStandard.create({
    data: { slug: `std-${lower}`, name: `Test Standard ${suffix}`, issuer: 'Test issuer' },
  })
  const criterion = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '23',
      title: 'Solicitation',
      text: 'Criminalise the solicitation of children for sexual purposes.',
      elements: {
        create: [
          { code: 'ict', text: `Committed through ICT ${suffix}`, sortOrder: 1 },
          { code: 'adult', text: `Committed by an adult ${suffix}`, sortOrder: 2 },
        ],
      },
    },
    include: { elements: true },
  })
  const ict = criterion.elements.find((e) => e.code === 'ict')!
  await db.assessment.create({
    data: {
      jurisdictionId: alpha.id,
      criterionId: criterion.id,
      status: 'PARTIAL',
      rationale: `Covers ICT but not only adults (${suffix}).`,
      elementResults: {
        create: [{ elementId: ict.id, status: 'MET', provisionId: alphaGrooming.id, pinpoint: 's. 3' }],
      },
    },
  })

  return {
    suffix,
    alpha: { code: alpha.code, name: alpha.name },
    beta: { code: beta.code, name: beta.name },
    gamma: { code: gamma.code, name: gamma.name },
    treaty: { uri: treatyUri, name: `Child Safety Convention ${suffix}` },
    topics: {
      root: topicRoot.slug,
      rootName: topicRoot.name,
      grooming: grooming.slug,
      groomingName: grooming.name,
      csam: csam.slug,
      csamName: csam.name,
      sextortion: sextortion.slug,
      sextortionName: sextortion.name,
    },
    criterion: `${standard.slug}/23`,
    provisions: { alphaGrooming, alphaGroomingOld, betaCsam, betaGrooming, treatyGrooming },
    groomingText,
  }
}

export type CompareFixture = Awaited<ReturnType<typeof createCompareFixture>>
