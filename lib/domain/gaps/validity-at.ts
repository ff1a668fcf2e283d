import type { TreatyActionInput, Validity } from './gap-inputs'
import { isoDay } from '../format-partial-date'

/** Today at 00:00 UTC: the default "as of" date, comparable with DATE columns. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** True when `date` falls in [from, to); open ends are unbounded. */
export function isValidAt(validity: Validity, date: Date): boolean {
  if (validity.from && validity.from.getTime() > date.getTime()) return false
  if (validity.to && validity.to.getTime() <= date.getTime()) return false
  return true
}

/** A phrase saying why a provision did not apply on `date`, or null when it did. */
export function describeInvalidity(validity: Validity, date: Date): string | null {
  if (validity.from && validity.from.getTime() > date.getTime()) return `in force only from ${isoDay(validity.from)}`
  if (validity.to && validity.to.getTime() <= date.getTime()) return `no longer in force from ${isoDay(validity.to)}`
  return null
}

const consentActions = new Set(['RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION'])

export type TreatyStatus = {
  status: 'party' | 'signatory' | 'denounced' | 'none'
  /** Date of the action that gives the status (null when it is not recorded). */
  since: Date | null
  precision: 'DAY' | 'MONTH' | 'YEAR'
  /** True when the deciding action has no recorded date (it is still counted). */
  dateUnknown: boolean
}

/**
 * A jurisdiction's relationship with a treaty on `date`, from its actions: the last consent to be
 * bound (ratification, accession, acceptance, approval, succession) makes it a party unless a later
 * denunciation ends it; a signature alone makes it a signatory. Undated actions count at any date,
 * flagged `dateUnknown`, because leaving them out would show recorded parties as strangers.
 */
export function treatyStatusAt(actions: TreatyActionInput[], date: Date): TreatyStatus {
  const happened = actions.filter((a) => !a.date || a.date.getTime() <= date.getTime())
  const byDate = [...happened].sort((a, b) => (a.date?.getTime() ?? -Infinity) - (b.date?.getTime() ?? -Infinity))
  let status: TreatyStatus = { status: 'none', since: null, precision: 'DAY', dateUnknown: false }
  for (const action of byDate) {
    const found = { since: action.date, precision: action.precision, dateUnknown: !action.date }
    if (consentActions.has(action.action)) {
      if (status.status !== 'party') status = { status: 'party', ...found }
    } else if (action.action === 'DENUNCIATION') {
      if (status.status === 'party') status = { status: 'denounced', ...found }
    } else if (action.action === 'SIGNATURE' && status.status === 'none') {
      status = { status: 'signatory', ...found }
    }
  }
  return status
}

/** The first dated consent to be bound, e.g. the ratification date; null when none is dated. */
export function consentDate(actions: TreatyActionInput[]): Date | null {
  const dates = actions.filter((a) => consentActions.has(a.action) && a.date).map((a) => a.date!.getTime())
  return dates.length ? new Date(Math.min(...dates)) : null
}
