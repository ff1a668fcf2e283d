import { consentDate, isoDay, treatyStatusAt, type TreatyStatus } from './dates'
import { evaluateCell, type CellOutcome } from './evaluate-cell'
import { countStatuses, sufficiency, totalPoints, type StatusCounts, type Sufficiency, type Totals } from './scoring'
import type { AssessmentInput, GapInput, JurisdictionRow, ReservationInput, TreatyActionInput } from './types'

export type AsOf = { mode: 'date'; date: Date } | { mode: 'consent'; fallback: Date }
export type MatrixSort = 'name' | 'score' | 'gaps'

export type RowOutcome = {
  jurisdiction: JurisdictionRow
  /** The date this row is evaluated on (its own ratification date in "consent" mode). */
  date: Date
  treaty: TreatyStatus | null
  cells: CellOutcome[]
  totals: Totals
  sufficiency: Sufficiency[]
  /** Anything curated or derived for this jurisdiction under the standard. */
  hasData: boolean
}

export type MatrixOutcome = { rows: RowOutcome[]; criterionTotals: { criterionId: string; code: string; counts: StatusCounts }[]; excludedWithoutConsent: number }

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

/**
 * The whole matrix. In "consent" mode each jurisdiction is evaluated on its own first consent to
 * be bound by the standard's treaty ("was it compliant when it ratified?"); jurisdictions without a
 * dated consent are left out and counted. `hasTreaty` says whether treaty status applies at all.
 */
export function evaluateMatrix(input: GapInput, options: { asOf: AsOf; hasTreaty: boolean; includeEmpty: boolean; sort: MatrixSort }): MatrixOutcome {
  const assessments = new Map<string, AssessmentInput>(input.assessments.map((a) => [`${a.jurisdictionId}|${a.criterionId}`, a]))
  const reservations = groupBy<ReservationInput>(input.reservations, (r) => r.jurisdictionId)
  const actions = groupBy<TreatyActionInput>(input.treatyActions, (a) => a.jurisdictionId)
  let excludedWithoutConsent = 0
  const rows: RowOutcome[] = []
  for (const jurisdiction of input.jurisdictions) {
    const own = actions.get(jurisdiction.id) ?? []
    const consentedOn = consentDate(own)
    let date: Date
    if (options.asOf.mode === 'consent') {
      if (!consentedOn) {
        excludedWithoutConsent++
        continue
      }
      date = consentedOn
    } else date = options.asOf.date
    const ctx = { date, facts: input.facts.get(jurisdiction.id), reservations: reservations.get(jurisdiction.id) ?? [], consentedOn }
    const cells = input.criteria.map((c) => evaluateCell(c, assessments.get(`${jurisdiction.id}|${c.id}`), ctx))
    const hasData = cells.some((c) => c.source !== 'none' || c.hasDerived)
    if (!hasData && !options.includeEmpty) continue
    rows.push({
      jurisdiction,
      date,
      treaty: options.hasTreaty ? treatyStatusAt(own, date) : null,
      cells,
      totals: totalPoints(cells),
      sufficiency: sufficiency(input.criteria, new Map(cells.map((c) => [c.code, c.status]))),
      hasData,
    })
  }
  sortRows(rows, options.sort)
  const criterionTotals = input.criteria.map((c, i) => ({ criterionId: c.id, code: c.code, counts: countStatuses(rows.map((r) => r.cells[i].status)) }))
  return { rows, criterionTotals, excludedWithoutConsent }
}

const byName = (a: RowOutcome, b: RowOutcome) => a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'en')

export function sortRows(rows: RowOutcome[], sort: MatrixSort) {
  const pct = (r: RowOutcome) => r.totals.percent ?? -1
  if (sort === 'name') rows.sort(byName)
  else if (sort === 'score') rows.sort((a, b) => pct(b) - pct(a) || byName(a, b))
  else rows.sort((a, b) => pct(a) - pct(b) || byName(a, b))
}

export const describeAsOf = (asOf: AsOf) => (asOf.mode === 'date' ? isoDay(asOf.date) : 'each jurisdiction’s ratification date')
