import type { Db } from '@/lib/db/prisma'

/**
 * A small corpus for the search contract: two jurisdictions, three instruments, provisions that
 * use different words for the same offence (for synonyms), hidden rows that must never be found,
 * and markup in text that must stay text. Names carry a suffix so a shared database (e2e) or a
 * shared Meilisearch index never mixes two runs.
 */
export async function createSearchFixture(db: Db, suffix = Math.random().toString(36).slice(2, 6).toUpperCase()) {
  const code1 = `XS-${suffix.slice(0, 3)}`
  const code2 = `XT-${suffix.slice(0, 3)}`
  const topic = async (slug: string) => db.topic.upsert({ where: { slug }, create: { slug, name: slug }, update: {} })
  const concept = async (slug: string, name: string) =>
    db.concept.upsert({ where: { slug }, create: { slug, name }, update: {} })
  const [grooming, csam, reporting] = await Promise.all([
    topic('offences.grooming'),
    topic('offences.csam'),
    topic('platform-duties.reporting'),
  ])
  const [csamConcept, childConcept] = await Promise.all([
    concept('csam', 'Child sexual abuse material'),
    concept('child', 'Child'),
  ])

  const north = await db.jurisdiction.create({
    data: {
      code: code1,
      name: `Northland ${suffix}`,
      kind: 'STATE',
      regionCode: '150',
      regionName: 'Europe',
      verification: 'VERIFIED',
    },
  })
  const south = await db.jurisdiction.create({
    data: { code: code2, name: `Southland ${suffix}`, kind: 'STATE', regionCode: '019', regionName: 'Americas' },
  })

  const actUri = `/akn/${code1.toLowerCase()}/act/2020/1`
  const act = await db.instrument.create({
    data: {
      uri: actUri,
      jurisdictionId: north.id,
      kind: 'STATUTE',
      title: `Child Online Safety Act 2020 ${suffix}`,
      inForceOn: new Date('2020-03-01'),
      language: 'eng',
      verification: 'VERIFIED',
      versions: { create: { expressionUri: `${actUri}/eng@2020-03-01`, language: 'eng' } },
    },
    include: { versions: true },
  })
  const codeUri = `/akn/${code2.toLowerCase()}/code/2011/cp`
  const penalCode = await db.instrument.create({
    data: {
      uri: codeUri,
      jurisdictionId: south.id,
      kind: 'CODE',
      title: `Código Penal ${suffix}`,
      summary: 'Criminal code with offences against children.',
      inForceOn: new Date('2011-06-01'),
      language: 'spa',
      versions: { create: { expressionUri: `${codeUri}/spa@2011-06-01`, language: 'spa' } },
    },
    include: { versions: true },
  })
  const draftUri = `/akn/${code1.toLowerCase()}/act/2025/9`
  await db.instrument.create({
    data: {
      uri: draftUri,
      jurisdictionId: north.id,
      kind: 'STATUTE',
      title: `Hidden Grooming Bill ${suffix}`,
      publicationState: 'DRAFT',
    },
  })

  const v1 = act.versions[0].id
  const v2 = penalCode.versions[0].id
  const provision = (data: {
    versionId: string
    eId: string
    heading?: string
    text: string
    verification?: 'VERIFIED' | 'NEEDS_REVIEW'
    publicationState?: 'DRAFT'
    deletedAt?: Date
    topics?: string[]
  }) =>
    db.provision.create({
      data: {
        versionId: data.versionId,
        eId: data.eId,
        num: data.eId.replace('sec_', 's. ').replace('art_', 'Art. '),
        heading: data.heading,
        text: data.text,
        citation: `${data.eId} ${suffix}`,
        verification: data.verification ?? 'NEEDS_REVIEW',
        publicationState: data.publicationState,
        deletedAt: data.deletedAt,
        topics: data.topics ? { create: data.topics.map((topicId) => ({ topicId })) } : undefined,
      },
    })

  const groomingProvision = await provision({
    versionId: v1,
    eId: 'sec_3',
    heading: 'Online grooming',
    text: 'A person who, by means of information and communication technologies, proposes to meet a child for the purpose of committing a sexual offence commits an offence.',
    verification: 'VERIFIED',
    topics: [grooming.id],
  })
  const csamProvision = await provision({
    versionId: v1,
    eId: 'sec_4',
    heading: 'Indecent material',
    text: 'It is an offence to possess child sexual abuse material.',
    topics: [csam.id],
  })
  const reportingProvision = await provision({
    versionId: v1,
    eId: 'sec_5',
    heading: 'Reporting duty',
    text: 'Providers must report CSAM to the national hotline within 24 hours.',
    topics: [reporting.id],
  })
  const extortionProvision = await provision({
    versionId: v1,
    eId: 'sec_6',
    heading: 'Threats',
    text: 'Threatening to disseminate intimate images of a child to obtain money is sexual extortion.',
  })
  const markupProvision = await provision({
    versionId: v1,
    eId: 'sec_7',
    heading: 'Markup',
    text: 'Evidence of <script>alert(1)</script> grooming scripts is admissible.',
  })
  await provision({
    versionId: v1,
    eId: 'sec_8',
    heading: 'Draft grooming rule',
    text: 'Unpublished text about grooming.',
    publicationState: 'DRAFT',
  })
  await provision({
    versionId: v1,
    eId: 'sec_9',
    heading: 'Repealed grooming rule',
    text: 'Deleted text about grooming.',
    deletedAt: new Date(),
  })
  const solicitationProvision = await provision({
    versionId: v2,
    eId: 'art_183',
    heading: 'Solicitation of children for sexual purposes',
    text: 'Whoever contacts a minor under sixteen through the internet to propose a meeting is punished.',
    topics: [grooming.id],
  })
  const pornographyProvision = await provision({
    versionId: v2,
    eId: 'art_189',
    heading: 'Pornografía infantil',
    text: 'Whoever produces or distributes child pornography is punished.',
    topics: [csam.id],
  })

  const csamDefinition = await db.definition.create({
    data: {
      conceptId: csamConcept.id,
      jurisdictionId: north.id,
      provisionId: csamProvision.id,
      term: 'child sexual abuse material',
      text: 'any material that visually depicts a child engaged in real or simulated sexually explicit conduct',
      citation: `s. 4(2) ${suffix}`,
      language: 'eng',
      verification: 'VERIFIED',
    },
  })
  const childDefinition = await db.definition.create({
    data: {
      conceptId: childConcept.id,
      jurisdictionId: south.id,
      term: 'niño',
      text: 'toda persona menor de dieciocho años',
      citation: `art. 1 ${suffix}`,
      language: 'spa',
    },
  })

  return {
    suffix,
    north: { id: north.id, code: code1, name: north.name },
    south: { id: south.id, code: code2, name: south.name },
    act: { id: act.id, versionId: v1 },
    penalCode: { id: penalCode.id },
    provisions: {
      grooming: groomingProvision.id,
      csam: csamProvision.id,
      reporting: reportingProvision.id,
      extortion: extortionProvision.id,
      markup: markupProvision.id,
      solicitation: solicitationProvision.id,
      pornography: pornographyProvision.id,
    },
    definitions: { csam: csamDefinition.id, child: childDefinition.id },
  }
}

export type SearchFixture = Awaited<ReturnType<typeof createSearchFixture>>
