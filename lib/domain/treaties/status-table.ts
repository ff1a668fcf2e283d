import type { CsvValue } from '@/lib/domain/csv-write'
import { treatyStatusAt, type TreatyStatus } from '@/lib/domain/gaps/validity-at'
import type { TreatyActionType } from '@/lib/domain/gaps/gap-inputs'
import { partialIsoDate, type DatePrecision } from '@/lib/domain/format-partial-date'

/**
 * A treaty's status table as the depositaries publish it: one row per participant with its
 * signature, its consent to be bound (ratification, or accession "a", succession "d",
 * acceptance "A", approval "AA" — the UN Treaty Collection's markers), entry into force when
 * known, and its reservations and declarations. Pure: the page, the CSV/JSON export and the map
 * all read the rows this builds from the same actions.
 */
export type StatusAction = {
  action: TreatyActionType
  date: Date | null
  precision: DatePrecision
  entryIntoForceOn: Date | null
  sourceUrl: string | null
  /** Public remark, e.g. "in respect of Greenland" */
  note: string | null
  verification: 'VERIFIED' | 'NEEDS_REVIEW'
}
export type StatusParticipant = {
  code: string
  name: string
  m49Code: string | null
  kind: string
  organisations: string[]
}
export type StatusReservation = { id: string; kind: string; articles: string[]; withdrawnOn: Date | null }
export type DatedAction = Omit<StatusAction, 'entryIntoForceOn'>

export type StatusRow = {
  participant: StatusParticipant
  signature: DatedAction | null
  consent: DatedAction | null
  denunciation: DatedAction | null
  entryIntoForce: Date | null
  reservations: StatusReservation[]
  /** Party, signatory, denounced or none on the table's date (the map colours by this). */
  status: TreatyStatus
}

export const consentMarkers: Record<TreatyActionType, string> = {
  SIGNATURE: '',
  RATIFICATION: '',
  ACCESSION: 'a',
  SUCCESSION: 'd',
  ACCEPTANCE: 'A',
  APPROVAL: 'AA',
  DENUNCIATION: '',
}
const CONSENT = new Set<TreatyActionType>(['RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION'])
const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY

/** The earliest action of the wanted kinds (undated ones last): the depositary's first signature or consent. */
function first(actions: StatusAction[], kinds: (a: TreatyActionType) => boolean): StatusAction | null {
  return actions.filter((a) => kinds(a.action)).sort((a, b) => time(a.date) - time(b.date))[0] ?? null
}
const dated = (a: StatusAction | null): DatedAction | null => {
  if (!a) return null
  const { entryIntoForceOn: _inForce, ...rest } = a
  return rest
}

export function buildStatusRows(
  entries: { participant: StatusParticipant; actions: StatusAction[]; reservations: StatusReservation[] }[],
  date: Date,
): StatusRow[] {
  return entries.map(({ participant, actions, reservations }) => {
    const consent = first(actions, (a) => CONSENT.has(a))
    return {
      participant,
      signature: dated(first(actions, (a) => a === 'SIGNATURE')),
      consent: dated(consent),
      denunciation: dated(first(actions, (a) => a === 'DENUNCIATION')),
      entryIntoForce: consent?.entryIntoForceOn ?? actions.find((a) => a.entryIntoForceOn)?.entryIntoForceOn ?? null,
      reservations,
      status: treatyStatusAt(
        actions.map((a) => ({
          jurisdictionId: participant.code,
          action: a.action,
          date: a.date,
          precision: a.precision,
        })),
        date,
      ),
    }
  })
}

const statusSorts = ['name', 'signature', 'consent'] as const
export type StatusSort = (typeof statusSorts)[number]

/** Sorted by participant name, or by signature / consent date (undated last either way, then by name). */
export function sortStatusRows(rows: StatusRow[], sort: StatusSort, dir: 'asc' | 'desc'): StatusRow[] {
  const byName = (a: StatusRow, b: StatusRow) => a.participant.name.localeCompare(b.participant.name, 'en')
  const sign = dir === 'desc' ? -1 : 1
  return [...rows].sort((a, b) => {
    if (sort === 'name') return sign * byName(a, b)
    const x = a[sort]?.date ?? null
    const y = b[sort]?.date ?? null
    if (!x || !y) return x === y ? byName(a, b) : x ? -1 : 1
    return sign * (x.getTime() - y.getTime()) || byName(a, b)
  })
}

/** Only members of the organisation (by code), or every row without one. */
export function filterStatusRows(rows: StatusRow[], organisation: string | undefined): StatusRow[] {
  return organisation ? rows.filter((row) => row.participant.organisations.includes(organisation)) : rows
}

/** The date of the latest dated signature, consent or denunciation in the table. */
export function latestActionOn(rows: StatusRow[]): Date | null {
  const dates = rows.flatMap((row) =>
    [row.signature?.date, row.consent?.date, row.denunciation?.date].filter((d): d is Date => !!d),
  )
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null
}

/** Parties on the table's date: the headline's N. */
export function countParties(rows: StatusRow[]): number {
  return rows.filter((row) => row.status.status === 'party').length
}

const reservationLabel = (r: StatusReservation) =>
  `${r.kind.toLowerCase().replaceAll('_', ' ')} art. ${r.articles.join(', ')}${r.withdrawnOn ? ' (withdrawn)' : ''}`

const statusCsvHeader = [
  'participant_code',
  'participant',
  'status',
  'signature',
  'consent',
  'consent_type',
  'consent_marker',
  'entry_into_force',
  'denunciation',
  'reservations',
]

/** Header and one line per participant, for csvDownload; dates as precise as recorded ("2012", "2011-05", "2011-05-31"). */
export function statusRowsToCsvRows(rows: StatusRow[]): CsvValue[][] {
  return [
    statusCsvHeader,
    ...rows.map((row) => [
      row.participant.code,
      row.participant.name,
      row.status.status,
      partialIsoDate(row.signature?.date, row.signature?.precision),
      partialIsoDate(row.consent?.date, row.consent?.precision),
      row.consent?.action.toLowerCase() ?? '',
      row.consent ? consentMarkers[row.consent.action] : '',
      partialIsoDate(row.entryIntoForce),
      partialIsoDate(row.denunciation?.date, row.denunciation?.precision),
      row.reservations.map(reservationLabel).join('; '),
    ]),
  ]
}

/** The JSON export: the same rows, partial dates kept partial. */
export function statusRowsToJson(rows: StatusRow[]) {
  const action = (a: DatedAction | null) =>
    a
      ? {
          type: a.action.toLowerCase(),
          date: partialIsoDate(a.date, a.precision),
          marker: consentMarkers[a.action] || null,
          note: a.note,
          sourceUrl: a.sourceUrl,
          verification: a.verification === 'VERIFIED' ? 'verified' : 'needs-review',
        }
      : null
  return rows.map((row) => ({
    participant: { code: row.participant.code, name: row.participant.name },
    status: row.status.status,
    signature: action(row.signature),
    consent: action(row.consent),
    entryIntoForce: partialIsoDate(row.entryIntoForce),
    denunciation: action(row.denunciation),
    reservations: row.reservations.map((r) => ({
      kind: r.kind.toLowerCase(),
      articles: r.articles,
      withdrawn: Boolean(r.withdrawnOn),
    })),
  }))
}
