import type { Dataset } from './read-dataset'
import { flattenProvisions } from './flatten-provisions'

/**
 * How much of the dataset exists and how much of it is verified, per jurisdiction and per
 * record kind, plus the issue-3 coverage targets as a checklist. Pure (dataset in, numbers out)
 * so data:check and an /about/data page can share it.
 */
export type VerificationCounts = { verified: number; needsReview: number }
export const RECORD_KINDS = ['instruments', 'provisions', 'definitions', 'ageBenchmarks', 'assessments'] as const
type RecordKind = (typeof RECORD_KINDS)[number]
type KindCounts = Record<RecordKind, VerificationCounts>

type JurisdictionCoverage = { code: string; counts: KindCounts }
type CoverageTarget = { id: string; label: string; met: boolean; detail: string; missing: string[] }
/** Sub-national units of one country (US states and DC, Australian states, Canadian provinces …) and their records. */
type SubnationalCoverage = { parent: string; units: number; withRecords: number; counts: KindCounts }
export type Coverage = {
  /** jurisdictions whose file has at least one instrument, by code */
  jurisdictions: JurisdictionCoverage[]
  /** instruments/*.json: treaties, EU law, model laws */
  international: KindCounts
  treaties: { actions: VerificationCounts; reservations: VerificationCounts }
  criteria: VerificationCounts
  totals: KindCounts
  targets: CoverageTarget[]
  subnational: SubnationalCoverage[]
}

export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]
const EEA_NON_EU_STATES = ['IS', 'LI', 'NO']
const G20_STATES = [
  'AR',
  'AU',
  'BR',
  'CA',
  'CN',
  'FR',
  'DE',
  'IN',
  'ID',
  'IT',
  'JP',
  'KR',
  'MX',
  'RU',
  'SA',
  'ZA',
  'TR',
  'GB',
  'US',
]
/** The G20's two regional members (the African Union's code here is AFRUNION; AU is Australia) */
const G20_ORGANISATIONS = ['EU', 'AFRUNION']

const empty = (): VerificationCounts => ({ verified: 0, needsReview: 0 })
const emptyKinds = (): KindCounts => ({
  instruments: empty(),
  provisions: empty(),
  definitions: empty(),
  ageBenchmarks: empty(),
  assessments: empty(),
})
const tally = (counts: VerificationCounts, verification: 'verified' | 'needs-review') => {
  if (verification === 'verified') counts.verified += 1
  else counts.needsReview += 1
}

type Instruments = Dataset['instruments'][number]['data'][]

function countInstruments(counts: KindCounts, instruments: Instruments) {
  for (const instrument of instruments) {
    tally(counts.instruments, instrument.verification)
    for (const { node } of flattenProvisions(instrument.provisions).flat) tally(counts.provisions, node.verification)
  }
}

export function computeCoverage(dataset: Dataset): Coverage {
  const totals = emptyKinds()
  const international = emptyKinds()
  countInstruments(
    international,
    dataset.instruments.map(({ data }) => data),
  )
  const perJurisdiction = dataset.jurisdictions.map(({ data }) => ({
    code: data.jurisdiction,
    hasLaw: data.instruments.length > 0,
    counts: perFile(data),
  }))
  const jurisdictions: JurisdictionCoverage[] = perJurisdiction
    .filter((j) => j.hasLaw)
    .map(({ code, counts }) => ({ code, counts }))
  for (const counts of [international, ...perJurisdiction.map((j) => j.counts)]) {
    for (const kind of RECORD_KINDS) {
      totals[kind].verified += counts[kind].verified
      totals[kind].needsReview += counts[kind].needsReview
    }
  }
  const treaties = { actions: empty(), reservations: empty() }
  for (const { data } of dataset.treaties) {
    data.actions.forEach((action) => tally(treaties.actions, action.verification))
    data.reservations.forEach((reservation) => tally(treaties.reservations, reservation.verification))
  }
  const criteria = empty()
  dataset.standards.forEach(({ data }) => data.criteria.forEach((criterion) => tally(criteria, criterion.verification)))
  jurisdictions.sort((a, b) => a.code.localeCompare(b.code))
  return {
    jurisdictions,
    international,
    treaties,
    criteria,
    totals,
    targets: computeTargets(dataset),
    subnational: computeSubnational(dataset),
  }
}

/** Per parent country: how many units the dataset knows, how many have records, and those records by verification. */
function computeSubnational(dataset: Dataset): SubnationalCoverage[] {
  const files = new Map(dataset.jurisdictions.map(({ data }) => [data.jurisdiction, data]))
  const byParent = new Map<string, SubnationalCoverage>()
  for (const unit of dataset.subnational) {
    const entry = byParent.get(unit.parent) ?? { parent: unit.parent, units: 0, withRecords: 0, counts: emptyKinds() }
    entry.units += 1
    const data = files.get(unit.code)
    if (data) {
      const counts = perFile(data)
      if (RECORD_KINDS.some((kind) => counts[kind].verified + counts[kind].needsReview > 0)) entry.withRecords += 1
      for (const kind of RECORD_KINDS) {
        entry.counts[kind].verified += counts[kind].verified
        entry.counts[kind].needsReview += counts[kind].needsReview
      }
    }
    byParent.set(unit.parent, entry)
  }
  return [...byParent.values()].sort((a, b) => a.parent.localeCompare(b.parent))
}

function perFile(data: Dataset['jurisdictions'][number]['data']): KindCounts {
  const counts = emptyKinds()
  countInstruments(counts, data.instruments)
  data.definitions.forEach((definition) => tally(counts.definitions, definition.verification))
  data.ageBenchmarks.forEach((age) => tally(counts.ageBenchmarks, age.verification))
  data.assessments.forEach((assessment) => tally(counts.assessments, assessment.verification))
  return counts
}

/** The coverage targets of issue 3. Unmet targets are warnings in data:check, never failures. */
function computeTargets(dataset: Dataset): CoverageTarget[] {
  // A state "has national law" when some instrument is issued by it, in its own file or elsewhere.
  const issuers = new Set([
    ...dataset.instruments.map(({ data }) => data.jurisdiction),
    ...dataset.jurisdictions.flatMap(({ data }) => data.instruments.map((instrument) => instrument.jurisdiction)),
  ])
  const organisations = new Set(dataset.organisations.map((organisation) => organisation.code))
  const statesWithLaw = [...issuers].filter((code) => /^[A-Z]{2}$/.test(code) && !organisations.has(code)).sort()
  const digitalConsent = new Set(
    dataset.jurisdictions
      .filter(({ data }) => data.ageBenchmarks.some((age) => age.kind === 'digital-consent'))
      .map(({ data }) => data.jurisdiction),
  )
  const missingFrom = (wanted: string[], have: Set<string>) => wanted.filter((code) => !have.has(code))
  const g20Missing = missingFrom([...G20_STATES, ...G20_ORGANISATIONS], issuers)
  const euWithLaw = EU_MEMBER_STATES.filter((code) => issuers.has(code))
  const consentWanted = [...EU_MEMBER_STATES, ...EEA_NON_EU_STATES, 'GB']
  const consentMissing = missingFrom(consentWanted, digitalConsent)
  return [
    {
      id: 'national-law-40',
      label: 'At least 40 states with national law',
      met: statesWithLaw.length >= 40,
      detail: `${statesWithLaw.length} (at least 40)`,
      missing: [],
    },
    {
      id: 'g20',
      label: 'Every G20 member (19 states, EU, African Union) with law',
      met: !g20Missing.length,
      detail: `${21 - g20Missing.length} of 21`,
      missing: g20Missing,
    },
    {
      id: 'eu-10',
      label: 'At least 10 EU member states with national law',
      met: euWithLaw.length >= 10,
      detail: `${euWithLaw.length} (at least 10)`,
      missing: [],
    },
    {
      id: 'digital-consent-eea-uk',
      label: 'Digital consent age for the 30 EU/EEA states and the UK',
      met: !consentMissing.length,
      detail: `${consentWanted.length - consentMissing.length} of ${consentWanted.length}`,
      missing: consentMissing,
    },
  ]
}
