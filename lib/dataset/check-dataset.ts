import path from 'node:path'
import type { Dataset } from './read-dataset'
import type { DataTopic } from '@/lib/schemas/dataset'
import { flattenProvisions } from './flatten-provisions'
import { parsePartialDate } from './parse-partial-date'
import { ageBenchmarkIssues } from './age-rules'
import { findWorkingNotes } from './working-notes'

/**
 * Cross-reference checks that zod cannot do file by file: every code, slug, URI and
 * "uri#eId" resolves; keys are unique; dates are in order; records are cited. Pure, so
 * data:check and tests run it without a database. Errors fail data:check; warnings do not.
 */
export type CheckIssue = { severity: 'error' | 'warning'; file: string; record: string; message: string }

export function checkDataset(
  dataset: Dataset,
  options: { countryCodes: Iterable<string>; today?: string },
): CheckIssue[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const issues: CheckIssue[] = []
  const error = (file: string, record: string, message: string) =>
    issues.push({ severity: 'error', file, record, message })
  const warning = (file: string, record: string, message: string) =>
    issues.push({ severity: 'warning', file, record, message })
  const unique = (file: string, what: string, values: string[]) => {
    const seen = new Set<string>()
    for (const value of values) {
      if (seen.has(value)) error(file, value, `duplicate ${what}`)
      seen.add(value)
    }
    return seen
  }
  const inOrder = (
    file: string,
    record: string,
    earlier: string | undefined,
    later: string | undefined,
    names: string,
  ) => {
    if (earlier && later && earlier > later) error(file, record, `${names}: ${earlier} is after ${later}`)
  }

  // Jurisdictions: countries, organisations, sub-national units.
  const codes = new Set(options.countryCodes)
  const organisationsFile = 'prisma/data/organisations.json'
  for (const organisation of dataset.organisations) {
    if (codes.has(organisation.code))
      error(organisationsFile, organisation.code, 'code already used by a country or another organisation')
    codes.add(organisation.code)
  }
  const subnationalFile = 'prisma/data/subnational.json'
  for (const unit of dataset.subnational) {
    if (codes.has(unit.code)) error(subnationalFile, unit.code, 'code already used by another jurisdiction')
    if (!codes.has(unit.parent))
      error(subnationalFile, unit.code, `parent "${unit.parent}" is not a known jurisdiction`)
    if (!unit.sourceUrl) warning(subnationalFile, unit.code, 'no source URL')
    codes.add(unit.code)
  }
  const subnationalCodes = new Set(dataset.subnational.map((unit) => unit.code))
  const knownCode = (file: string, record: string, code: string) => {
    if (!codes.has(code))
      error(file, record, `jurisdiction "${code}" is not a known country, organisation or sub-national unit`)
  }
  for (const organisation of dataset.organisations) {
    unique(
      organisationsFile,
      `member of ${organisation.code}`,
      organisation.members.map((member) => member.code),
    )
    for (const member of organisation.members)
      knownCode(organisationsFile, `${organisation.code} member ${member.code}`, member.code)
  }

  // Taxonomy.
  const taxonomyFile = 'prisma/data/taxonomy.json'
  if (!dataset.taxonomy)
    error(taxonomyFile, '(file)', 'missing or invalid: topics, concepts and age kinds cannot resolve')
  const topicSlugs: string[] = []
  const walk = (topics: DataTopic[]) =>
    topics.forEach((topic) => (topicSlugs.push(topic.slug), walk(topic.children ?? [])))
  walk(dataset.taxonomy?.topics ?? [])
  const topics = unique(taxonomyFile, 'topic slug', topicSlugs)
  const concepts = unique(taxonomyFile, 'concept slug', dataset.taxonomy?.concepts.map((concept) => concept.slug) ?? [])
  const ageKinds = unique(
    taxonomyFile,
    'age benchmark kind',
    dataset.taxonomy?.ageBenchmarkKinds.map((kind) => kind.code) ?? [],
  )
  const knownIn = (set: Set<string>, what: string) => (file: string, record: string, value: string | undefined) => {
    if (value !== undefined && !set.has(value)) error(file, record, `${what} "${value}" not found`)
  }
  const knownTopic = knownIn(topics, 'topic')

  // Instruments and their provisions.
  const allInstruments = [
    ...dataset.instruments.map(({ file, data }) => ({ file, data })),
    ...dataset.jurisdictions.flatMap(({ file, data }) =>
      data.instruments.map((instrument) => ({ file, data: instrument })),
    ),
  ]
  const instruments = new Map<string, (typeof allInstruments)[number]['data']>()
  const provisions = new Set<string>()
  for (const { file, data } of allInstruments) {
    if (instruments.has(data.uri)) error(file, data.uri, 'instrument URI defined twice')
    instruments.set(data.uri, data)
    knownCode(file, data.uri, data.jurisdiction)
    inOrder(file, data.uri, data.adoptedOn, data.inForceOn, 'adoptedOn must not be after inForceOn')
    inOrder(file, data.uri, data.adoptedOn, data.repealedOn, 'adoptedOn must not be after repealedOn')
    inOrder(
      file,
      data.uri,
      data.version?.validFrom,
      data.version?.validTo,
      'version validFrom must not be after validTo',
    )
    if (data.status === 'repealed' && !data.repealedOn)
      warning(file, data.uri, 'status is repealed but repealedOn is missing')
    const { flat, duplicates } = flattenProvisions(data.provisions)
    for (const eId of duplicates) error(file, `${data.uri}#${eId}`, 'duplicate eId in this instrument')
    for (const { node } of flat) {
      provisions.add(`${data.uri}#${node.eId}`)
      for (const slug of node.topics ?? []) knownTopic(file, `${data.uri}#${node.eId}`, slug)
    }
  }
  const knownProvision = (file: string, record: string, ref: string | undefined) => {
    if (!ref || provisions.has(ref)) return
    const uri = ref.split('#')[0]
    error(
      file,
      record,
      instruments.has(uri)
        ? `provision "${ref}" not found: ${uri} has no such eId`
        : `provision "${ref}" not found: no instrument ${uri} in the dataset`,
    )
  }

  // Standards.
  const criteria = new Map<string, Set<string>>()
  unique(
    'prisma/data/standards',
    'standard slug',
    dataset.standards.map(({ data }) => data.slug),
  )
  for (const { file, data } of dataset.standards) {
    if (data.instrument && !instruments.has(data.instrument))
      error(file, data.slug, `instrument "${data.instrument}" not found`)
    unique(
      file,
      'criterion code',
      data.criteria.map((criterion) => criterion.code),
    )
    for (const criterion of data.criteria) {
      const ref = `${data.slug}/${criterion.code}`
      criteria.set(
        ref,
        unique(
          file,
          `element code in ${ref}`,
          criterion.elements.map((element) => element.code),
        ),
      )
      knownTopic(file, ref, criterion.topic)
      knownProvision(file, ref, criterion.sourceProvision)
      if (criterion.scoring === 'score' && !criterion.maxScore) warning(file, ref, 'scored criterion without maxScore')
    }
  }
  const knownCriterion = (file: string, record: string, ref: string | undefined) => {
    if (ref && !criteria.has(ref)) error(file, record, `criterion "${ref}" not found`)
  }

  // Jurisdiction law files.
  unique(
    'prisma/data/jurisdictions',
    'jurisdiction file for',
    dataset.jurisdictions.map(({ data }) => data.jurisdiction),
  )
  for (const { file, data } of dataset.jurisdictions) {
    knownCode(file, data.jurisdiction, data.jurisdiction)
    if (path.basename(file, '.json') !== data.jurisdiction)
      warning(file, data.jurisdiction, `file name does not match the jurisdiction code ${data.jurisdiction}`)
    for (const definition of data.definitions) {
      const record = `definition ${definition.concept} "${definition.term}"`
      knownIn(concepts, 'concept')(file, record, definition.concept)
      knownProvision(file, record, definition.provision)
    }
    for (const age of data.ageBenchmarks) {
      const record = `age ${age.kind}`
      knownIn(ageKinds, 'age benchmark kind')(file, record, age.kind)
      knownProvision(file, record, age.provision)
      inOrder(file, record, age.validFrom, age.validTo, 'validFrom must not be after validTo')
      if (age.age !== null && (age.age < 0 || age.age > 25)) error(file, record, `age ${age.age} is outside 0-25`)
      if (age.age === null && !age.conditions) warning(file, record, 'no age and no conditions explaining why')
      for (const issue of ageBenchmarkIssues(age, { subnational: subnationalCodes.has(data.jurisdiction), today })) {
        ;(issue.severity === 'error' ? error : warning)(file, record, issue.message)
      }
    }
    unique(
      file,
      'assessment of criterion',
      data.assessments.map((assessment) => assessment.criterion),
    )
    for (const assessment of data.assessments) {
      const record = `assessment ${assessment.criterion}`
      knownCriterion(file, record, assessment.criterion)
      for (const item of assessment.evidence) knownProvision(file, `${record} evidence`, item.provision)
      const elements = criteria.get(assessment.criterion)
      for (const element of assessment.elements) {
        if (elements && !elements.has(element.code))
          error(
            file,
            `${record} element ${element.code}`,
            `criterion ${assessment.criterion} has no element "${element.code}"`,
          )
        knownProvision(file, `${record} element ${element.code}`, element.provision)
      }
      if ((assessment.status === 'met' || assessment.status === 'partial') && !assessment.evidence.length) {
        warning(file, record, `status ${assessment.status} without cited evidence`)
      }
    }
  }

  // Treaty files.
  for (const { file, data } of dataset.treaties) {
    const treaty = instruments.get(data.treaty)
    if (!treaty) error(file, data.treaty, 'treaty instrument not found')
    else if (!['treaty', 'protocol'].includes(treaty.kind))
      warning(file, data.treaty, `instrument kind is ${treaty.kind}, not treaty or protocol`)
    const seenActions = new Set<string>()
    for (const action of data.actions) {
      const record = `${action.jurisdiction} ${action.action} ${action.date ?? '(no date)'}`
      knownCode(file, record, action.jurisdiction)
      const parsed = action.date ? parsePartialDate(action.date) : null
      if (action.date && !parsed) error(file, record, `date "${action.date}" does not exist`)
      // datePrecision defaults to "day"; only an explicit, different precision contradicts the date's form.
      if (parsed && action.datePrecision !== 'day' && action.datePrecision.toUpperCase() !== parsed.precision) {
        error(file, record, `datePrecision "${action.datePrecision}" does not match the date "${action.date}"`)
      }
      // Nothing can be signed or ratified before the text exists; a partial date counts from its last day.
      if (parsed && treaty?.adoptedOn && periodEnd(action.date!) < treaty.adoptedOn) {
        error(file, record, `dated before the treaty was adopted (${treaty.adoptedOn})`)
      }
      const key = `${action.jurisdiction}|${action.action}|${action.date ?? ''}`
      if (seenActions.has(key)) error(file, record, 'the same action is listed twice')
      seenActions.add(key)
    }
    for (const issue of consentBeforeSignature(data.actions)) warning(file, issue.record, issue.message)
    for (const reservation of data.reservations) {
      const record = `${reservation.jurisdiction} ${reservation.kind} art. ${reservation.articles.join(', ')}`
      knownCode(file, record, reservation.jurisdiction)
      inOrder(file, record, reservation.madeOn, reservation.withdrawnOn, 'madeOn must not be after withdrawnOn')
    }
  }

  // Crosswalks.
  const crosswalksFile = 'prisma/data/crosswalks.json'
  unique(
    crosswalksFile,
    'crosswalk slug',
    dataset.crosswalks.map((crosswalk) => crosswalk.slug),
  )
  for (const crosswalk of dataset.crosswalks) {
    for (const entry of crosswalk.entries) {
      knownProvision(crosswalksFile, crosswalk.slug, entry.provision)
      knownCriterion(crosswalksFile, crosswalk.slug, entry.criterion)
    }
  }
  // Working notes ("from memory: check") in fields the public sees: they belong in curatorNote.
  const files: [string, unknown][] = [
    [organisationsFile, dataset.organisations],
    [subnationalFile, dataset.subnational],
    [crosswalksFile, dataset.crosswalks],
    ...[...dataset.instruments, ...dataset.jurisdictions, ...dataset.treaties, ...dataset.standards].map(
      ({ file, data }): [string, unknown] => [file, data],
    ),
  ]
  for (const [file, data] of files) {
    for (const { path: field, phrase } of findWorkingNotes(data)) {
      error(
        file,
        field,
        `public field holds a working note ("${phrase}"): move it to curatorNote, which only curators see`,
      )
    }
  }
  return issues
}

/** "2011" → "2011-12-31", "2011-05" → "2011-05-31": compared as text, the last possible day of a partial date. */
function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`
  if (date.length === 7) return `${date}-31`
  return date
}

/** A state's ratification dated before its own signature is almost always a typing slip. */
function consentBeforeSignature(actions: { jurisdiction: string; action: string; date?: string }[]) {
  const issues: { record: string; message: string }[] = []
  const signed = new Map<string, string>()
  for (const a of actions) if (a.action === 'signature' && a.date?.length === 10) signed.set(a.jurisdiction, a.date)
  for (const a of actions) {
    const signature = signed.get(a.jurisdiction)
    if (!signature || !a.date || a.action === 'signature' || a.action === 'denunciation') continue
    if (periodEnd(a.date) < signature)
      issues.push({
        record: `${a.jurisdiction} ${a.action} ${a.date}`,
        message: `dated before the same state's signature (${signature})`,
      })
  }
  return issues
}
