import { groupBy } from '../group-by'
import { consentDate, treatyStatusAt, type TreatyStatus } from './validity-at'
import { isoDay } from '@/lib/domain/format-partial-date'
import { evaluateCell, type CellOutcome } from './evaluate-cell'
import {
  countStatuses,
  judgeSufficiency,
  sufficiencyGroups,
  totalPoints,
  type StatusCounts,
  type Sufficiency,
  type Totals,
} from './scoring'
import type { AssessmentInput, GapInput, JurisdictionRow, ReservationInput, TreatyActionInput } from './gap-inputs'

export type AsOf = { mode: 'date'; date: Date } | { mode: 'consent'; fallback: Date }
export type MatrixSort = 'name' | 'score' | 'gaps'

type RowOutcome = {
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

export type MatrixOutcome = {
  rows: RowOutcome[]
  criterionTotals: { criterionId: string; code: string; counts: StatusCounts }[]
  excludedWithoutConsent: number
}

type InputIndex = {
  /** The arrays this index was built from. */
  source: Pick<GapInput, 'assessments' | 'reservations' | 'treatyActions'>
  /** jurisdiction id → criterion id → assessment */
  assessments: Map<string, Map<string, AssessmentInput>>
  reservations: Map<string, ReservationInput[]>
  actions: Map<string, TreatyActionInput[]>
}
const indexes = new WeakMap<GapInput['assessments'], InputIndex>()

/**
 * The input grouped by jurisdiction. Kept per assessments array: a cached input (see
 * lib/data/gaps/gap-input-cache.ts) is evaluated many times, on different dates and filters,
 * and is never modified, so it is grouped once.
 */
function indexInput(input: GapInput): InputIndex {
  const known = indexes.get(input.assessments)
  if (known && known.source.reservations === input.reservations && known.source.treatyActions === input.treatyActions)
    return known
  const assessments = new Map<string, Map<string, AssessmentInput>>()
  for (const a of input.assessments) {
    let own = assessments.get(a.jurisdictionId)
    if (!own) assessments.set(a.jurisdictionId, (own = new Map()))
    own.set(a.criterionId, a)
  }
  const index: InputIndex = {
    source: { assessments: input.assessments, reservations: input.reservations, treatyActions: input.treatyActions },
    assessments,
    reservations: groupBy<ReservationInput>(input.reservations, (r) => r.jurisdictionId),
    actions: groupBy<TreatyActionInput>(input.treatyActions, (a) => a.jurisdictionId),
  }
  indexes.set(input.assessments, index)
  return index
}

/**
 * The whole matrix. In "consent" mode each jurisdiction is evaluated on its own first consent to
 * be bound by the standard's treaty ("was it compliant when it ratified?"); jurisdictions without a
 * dated consent are left out and counted. `hasTreaty` says whether treaty status applies at all.
 */
export function evaluateMatrix(
  input: GapInput,
  options: { asOf: AsOf; hasTreaty: boolean; includeEmpty: boolean; sort: MatrixSort },
): MatrixOutcome {
  const { assessments, reservations, actions } = indexInput(input)
  const groups = sufficiencyGroups(input.criteria)
  let excludedWithoutConsent = 0
  const rows: RowOutcome[] = []
  for (const jurisdiction of input.jurisdictions) {
    const ownActions = actions.get(jurisdiction.id) ?? []
    const consentedOn = consentDate(ownActions)
    let date: Date
    if (options.asOf.mode === 'consent') {
      if (!consentedOn) {
        excludedWithoutConsent++
        continue
      }
      date = consentedOn
    } else date = options.asOf.date
    const ctx = {
      date,
      facts: input.facts.get(jurisdiction.id),
      reservations: reservations.get(jurisdiction.id) ?? [],
      consentedOn,
      derivedByRule: new Map(),
    }
    const own = assessments.get(jurisdiction.id)
    const cells = input.criteria.map((c) => evaluateCell(c, own?.get(c.id), ctx))
    const hasData = cells.some((c) => c.source !== 'none' || c.hasDerived)
    if (!hasData && !options.includeEmpty) continue
    rows.push({
      jurisdiction,
      date,
      treaty: options.hasTreaty ? treatyStatusAt(ownActions, date) : null,
      cells,
      totals: totalPoints(cells),
      sufficiency: judgeSufficiency(groups, cells),
      hasData,
    })
  }
  sortRows(rows, options.sort)
  const criterionTotals = input.criteria.map((c, i) => ({
    criterionId: c.id,
    code: c.code,
    counts: countStatuses(rows.map((r) => r.cells[i].status)),
  }))
  return { rows, criterionTotals, excludedWithoutConsent }
}

const collator = new Intl.Collator('en')
const byName = (a: RowOutcome, b: RowOutcome) => collator.compare(a.jurisdiction.name, b.jurisdiction.name)

/** Rows with no score (nothing assessed) sort last either way: not assessed is neither a success nor a gap. */
function sortRows(rows: RowOutcome[], sort: MatrixSort) {
  const unscored = (r: RowOutcome) => (r.totals.percent === null ? 1 : 0)
  const pct = (r: RowOutcome) => r.totals.percent ?? 0
  if (sort === 'name') rows.sort(byName)
  else if (sort === 'score') rows.sort((a, b) => unscored(a) - unscored(b) || pct(b) - pct(a) || byName(a, b))
  else rows.sort((a, b) => unscored(a) - unscored(b) || pct(a) - pct(b) || byName(a, b))
}

export const describeAsOf = (asOf: AsOf) =>
  asOf.mode === 'date' ? isoDay(asOf.date) : 'each jurisdiction’s ratification date'
