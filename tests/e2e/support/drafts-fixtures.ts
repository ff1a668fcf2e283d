import type { Db } from '@/lib/db/prisma'
import { uniqueSuffix } from './database'

/**
 * A small negotiation scenario owned by one test (used by the integration and end-to-end tests):
 * a treaty with a grooming article, a baseline standard drawn from it (one element reservable),
 * three states — one that meets the article, one that partly does (its gap is reservable), one
 * that does not — their statutes, CSAM definitions and a crosswalk between the treaty article,
 * a national section and the criterion.
 */
export async function createUser(db: Db, name = 'Nora Negotiator') {
  const suffix = uniqueSuffix().toLowerCase()
  return db.user.create({
    data: { name, email: `${name.split(' ')[0].toLowerCase()}-${suffix}@example.org`, emailVerified: true },
    select: { id: true, name: true, email: true },
  })
}

export async function createNegotiationFixture(db: Db) {
  const s = uniqueSuffix().slice(-3)
  const org = await db.jurisdiction.create({
    data: { code: `XO${s}`, name: `Treaty Council ${s}`, kind: 'REGIONAL_ORGANISATION' },
  })
  const treatyUri = `/akn/xo${s.toLowerCase()}/treaty/2020/1`
  const treaty = await db.instrument.create({
    data: {
      uri: treatyUri,
      jurisdictionId: org.id,
      kind: 'TREATY',
      title: `Convention on Child Safety Online ${s}`,
      shortTitle: `Child Safety Convention ${s}`,
      versions: { create: { expressionUri: `${treatyUri}/eng@2020-01-01`, language: 'eng' } },
    },
    include: { versions: true },
  })
  const art23 = await db.provision.create({
    data: {
      versionId: treaty.versions[0].id,
      eId: 'art_23',
      num: 'Art. 23',
      heading: 'Solicitation of children for sexual purposes',
      text: 'Each Party shall criminalise the intentional proposal, through information and communication technologies, of an adult to meet a child for sexual purposes.',
      textKind: 'VERBATIM',
      sortOrder: 1,
      citation: `Child Safety Convention ${s}, art. 23`,
    },
  })
  const standard = await db.baselineStandard.create({
    data: {
      slug: `csc-${s.toLowerCase()}-23`,
      name: `Child Safety Convention ${s} art. 23`,
      issuer: 'Treaty Council',
      instrumentId: treaty.id,
    },
  })
  const criterion = await db.criterion.create({
    data: {
      standardId: standard.id,
      code: '23',
      title: 'Solicitation of children for sexual purposes',
      text: 'Criminalise grooming through ICT.',
      articleRef: `Child Safety Convention ${s}, art. 23`,
      sourceProvisionId: art23.id,
      elements: {
        create: [
          { code: 'ict', text: 'Committed through information and communication technologies', sortOrder: 1 },
          {
            code: 'material-acts',
            text: 'Proposal followed by material acts leading to a meeting',
            reservableArticle: '23(2)',
            sortOrder: 2,
          },
        ],
      },
    },
    include: { elements: true },
  })
  const concept = await db.concept.upsert({
    where: { slug: 'csam' },
    create: { slug: 'csam', name: 'Child sexual abuse material' },
    update: {},
  })

  const state = async (letter: string, name: string, grooming: 'MET' | 'PARTIAL' | 'NOT_MET', virtual: boolean) => {
    const code = `X${letter}-${s}`
    const jurisdiction = await db.jurisdiction.create({
      data: { code, name: `${name} ${s}`, kind: 'STATE', regionCode: '150', regionName: 'Europe' },
    })
    const uri = `/akn/x${letter.toLowerCase()}-${s.toLowerCase()}/act/2019/3`
    const act = await db.instrument.create({
      data: {
        uri,
        jurisdictionId: jurisdiction.id,
        kind: 'STATUTE',
        title: `Online Protection Act 2019 (${name})`,
        versions: { create: { expressionUri: `${uri}/eng@2019-01-01`, language: 'eng' } },
      },
      include: { versions: true },
    })
    const section = await db.provision.create({
      data: {
        versionId: act.versions[0].id,
        eId: 'sec_5',
        num: 's. 5',
        heading: 'Meeting a child following grooming',
        text: `In ${name}, a person who communicates with a child online and arranges to meet the child for a sexual purpose commits an offence.`,
        sortOrder: 1,
        citation: `Online Protection Act 2019 (${name}), s. 5`,
      },
    })
    const results = { MET: ['MET', 'MET'], PARTIAL: ['MET', 'NOT_MET'], NOT_MET: ['NOT_MET', 'NOT_MET'] }[grooming] as (
      'MET' | 'NOT_MET'
    )[]
    await db.assessment.create({
      data: {
        jurisdictionId: jurisdiction.id,
        criterionId: criterion.id,
        status: grooming,
        rationale: `${name}: ${grooming === 'MET' ? 'section 5 covers every element' : grooming === 'PARTIAL' ? 'no material-acts requirement' : 'no grooming offence'}.`,
        evidence: grooming === 'NOT_MET' ? undefined : { create: { provisionId: section.id } },
        elementResults: {
          create: criterion.elements.map((e, i) => ({
            elementId: e.id,
            status: results[i],
            provisionId: results[i] === 'MET' ? section.id : null,
          })),
        },
      },
    })
    await db.definition.create({
      data: {
        conceptId: concept.id,
        jurisdictionId: jurisdiction.id,
        term: `indecent image (${name})`,
        text: 'An image of a person under 18.',
        citation: `Online Protection Act 2019 (${name}), s. 1`,
        features: { ageLimit: 18, virtualOrGenerated: virtual },
      },
    })
    return {
      id: jurisdiction.id,
      code,
      name: jurisdiction.name,
      section: { id: section.id, citation: section.citation, uri },
    }
  }

  const meets = await state('M', 'Meetland', 'MET', true)
  const partly = await state('P', 'Partland', 'PARTIAL', false)
  const lacks = await state('N', 'Nonland', 'NOT_MET', false)
  const crosswalk = await db.crosswalk.create({
    data: {
      slug: `grooming-${s.toLowerCase()}`,
      label: `Grooming equivalents ${s}`,
      entries: {
        create: [
          { provisionId: art23.id },
          { provisionId: meets.section.id, note: 'National implementation.' },
          { criterionId: criterion.id },
        ],
      },
    },
  })
  return {
    suffix: s,
    treaty: {
      id: treaty.id,
      uri: treatyUri,
      title: treaty.title,
      shortTitle: treaty.shortTitle!,
      art23: { id: art23.id, citation: art23.citation },
    },
    standard: { slug: standard.slug },
    criterion: { id: criterion.id, label: `${criterion.articleRef}: ${criterion.title}` },
    concept: { id: concept.id },
    crosswalk: { slug: crosswalk.slug, label: crosswalk.label },
    meets,
    partly,
    lacks,
  }
}

export type NegotiationFixture = Awaited<ReturnType<typeof createNegotiationFixture>>
