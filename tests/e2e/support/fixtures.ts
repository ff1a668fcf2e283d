import type { Db } from '@/lib/db/prisma'
import { uniqueSuffix } from './database'

/**
 * Creates a small, self-contained piece of law for one test: a state with a statute (two
 * provisions, one nested), a definition, an age benchmark, and a treaty action. Names carry a
 * unique suffix so tests never collide.
 */
export async function createLawFixture(db: Db, options: { name?: string } = {}) {
  const suffix = uniqueSuffix().slice(-3)
  const code = `XA-${suffix}`
  const name = options.name ?? `Testland ${suffix}`
  const jurisdiction = await db.jurisdiction.create({
    data: { code, name, kind: 'STATE', regionCode: '150', regionName: 'Europe', verification: 'VERIFIED' },
  })
  const uri = `/akn/xa-${suffix.toLowerCase()}/act/2020/7`
  const instrument = await db.instrument.create({
    data: {
      uri,
      jurisdictionId: jurisdiction.id,
      kind: 'STATUTE',
      title: `Child Online Safety Act 2020 of ${name}`,
      officialCitation: 'Act No. 7 of 2020',
      officialUrl: 'https://example.org/act-7-2020',
      status: 'IN_FORCE',
      verification: 'VERIFIED',
      versions: {
        create: { expressionUri: `${uri}/eng@2020-01-01`, language: 'eng', validFrom: new Date('2020-01-01') },
      },
    },
    include: { versions: true },
  })
  const versionId = instrument.versions[0].id
  const part = await db.provision.create({
    data: {
      versionId,
      eId: 'part_1',
      num: 'Part 1',
      heading: 'Offences',
      text: 'Offences against children online.',
      textKind: 'SUMMARY',
      sortOrder: 1,
      citation: 'Act No. 7 of 2020, Part 1',
    },
  })
  await db.provision.create({
    data: {
      versionId,
      parentId: part.id,
      eId: 'part_1__sec_3',
      num: 's. 3',
      heading: 'Online grooming',
      text: 'A person who, by means of a communication service, proposes a meeting with a child for a sexual purpose commits an offence.',
      textKind: 'VERBATIM',
      sortOrder: 2,
      citation: 'Act No. 7 of 2020, s. 3',
      sourceUrl: 'https://example.org/act-7-2020#s3',
      verification: 'VERIFIED',
    },
  })
  const concept = await db.concept.upsert({
    where: { slug: 'child' },
    create: { slug: 'child', name: 'Child' },
    update: {},
  })
  await db.definition.create({
    data: {
      conceptId: concept.id,
      jurisdictionId: jurisdiction.id,
      term: 'child',
      text: 'a person under the age of 18 years',
      textKind: 'VERBATIM',
      citation: 'Act No. 7 of 2020, s. 1',
      features: { ageLimit: 18 },
    },
  })
  const kind = await db.ageBenchmarkKind.upsert({
    where: { code: 'sexual-consent' },
    create: { code: 'sexual-consent', name: 'Age of sexual consent' },
    update: {},
  })
  await db.ageBenchmark.create({
    data: {
      jurisdictionId: jurisdiction.id,
      kindId: kind.id,
      age: 16,
      conditions: 'Close-in-age exemption of two years',
      citation: 'Act No. 7 of 2020, s. 9',
    },
  })
  return { code, name, uri, instrumentTitle: instrument.title }
}

export async function createEmptyJurisdiction(db: Db) {
  const suffix = uniqueSuffix().slice(-3)
  const code = `XB-${suffix}`
  const name = `Emptyland ${suffix}`
  await db.jurisdiction.create({ data: { code, name, kind: 'STATE' } })
  return { code, name }
}
