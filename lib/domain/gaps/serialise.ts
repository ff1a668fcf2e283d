import { toCsv, type CsvValue } from '../csv-write'
import type { GapMatrixResponse } from '@/lib/schemas/gaps'
import { isoDay, partialIsoDate } from '../format-partial-date'
import { isValidAt } from './validity-at'
import type { CellOutcome } from './evaluate-cell'
import type { AsOf, MatrixOutcome } from './evaluate-matrix'
import { statusParam } from './status-labels'
import type { CriterionDef, ProvisionRef, Status } from './gap-inputs'

type Source = {
  standard: { slug: string; name: string; issuer: string; instrument: { uri: string } | null }
  criteria: CriterionDef[]
  asOf: AsOf
  matrix: MatrixOutcome
  undatedMembers?: number | null
}
type Filters = GapMatrixResponse['filters']

const st = (s: Status) => statusParam[s] as GapMatrixResponse['rows'][number]['cells'][number]['status']
const counts = (c: Record<Status, number>) => ({
  met: c.MET,
  partial: c.PARTIAL,
  'not-met': c.NOT_MET,
  reserved: c.RESERVED,
  'not-assessed': c.UNKNOWN,
})
const cite = (p: ProvisionRef, pinpoint: string | null, date: Date) => ({
  citation: p.citation,
  instrumentUri: p.instrumentUri,
  eId: p.eId,
  pinpoint,
  inForceOnDate: isValidAt(p.validity, date),
})

function cellJson(cell: CellOutcome, date: Date) {
  return {
    criterion: cell.code,
    status: st(cell.status),
    source: cell.source,
    score: cell.score,
    maxScore: cell.maxScore,
    assessedElements: cell.assessedElements,
    conflict: cell.conflict,
    evidence: cell.evidence.map((e) => cite(e.provision, e.pinpoint, date)),
    elements: cell.elements.map((e) => ({
      code: e.element.code,
      status: st(e.status),
      source: e.source,
      curatedStatus: e.curated ? st(e.curated.status) : null,
      derivedStatus: e.derived ? st(e.derived.status) : null,
      conflict: e.conflict,
      provision: e.curated?.provision ? cite(e.curated.provision, e.curated.pinpoint, date) : null,
      reservation: e.reservation
        ? { kind: e.reservation.kind, articles: e.reservation.articles, text: e.reservation.text }
        : null,
    })),
  }
}

/** The API body (validated against gapMatrixResponseSchema in tests). */
export function toGapJson(source: Source, filters: Filters): GapMatrixResponse {
  return {
    standard: {
      slug: source.standard.slug,
      name: source.standard.name,
      issuer: source.standard.issuer,
      treatyUri: source.standard.instrument?.uri ?? null,
    },
    asOf: source.asOf.mode === 'date' ? isoDay(source.asOf.date) : 'ratification',
    filters,
    undatedMembers: source.undatedMembers ?? null,
    criteria: source.criteria.map((c, i) => ({
      code: c.code,
      title: c.title,
      scoring: c.scoring === 'SCORE' ? 'score' : 'pass-fail',
      maxScore: c.maxScore,
      articleRef: c.articleRef,
      sufficiencyGroup: c.sufficiencyGroup,
      totals: counts(source.matrix.criterionTotals[i].counts),
    })),
    rows: source.matrix.rows.map((r) => ({
      jurisdiction: {
        code: r.jurisdiction.code,
        name: r.jurisdiction.name,
        kind: r.jurisdiction.kind,
        region: r.jurisdiction.regionName,
      },
      date: isoDay(r.date),
      treatyStatus: r.treaty
        ? { status: r.treaty.status, since: partialIsoDate(r.treaty.since, r.treaty.precision) }
        : null,
      totals: {
        counts: counts(r.totals.counts),
        assessed: r.totals.assessed,
        of: r.totals.of,
        earned: r.totals.earned,
        possible: r.totals.possible,
        percent: r.totals.percent,
      },
      sufficiency: r.sufficiency,
      cells: r.cells.map((c) => cellJson(c, r.date)),
    })),
  }
}

const gapCsvHeader = [
  'jurisdiction_code',
  'jurisdiction',
  'date',
  'treaty_status',
  'criterion',
  'status',
  'source',
  'score',
  'max_score',
  'conflict',
  'elements',
  'evidence',
]

/** One line per jurisdiction × criterion, for spreadsheets. */
export function toGapCsv(source: Source): string {
  const lines: CsvValue[][] = [gapCsvHeader]
  for (const r of source.matrix.rows) {
    for (const c of r.cells) {
      const elements = c.elements
        .map((e) => `${e.element.code}=${statusParam[e.status]}${e.source === 'derived' ? ' (derived)' : ''}`)
        .join('; ')
      const evidence = [
        ...c.evidence.map((e) => e.provision.citation),
        ...c.elements.flatMap((e) => (e.curated?.provision ? [e.curated.provision.citation] : [])),
      ]
      lines.push([
        r.jurisdiction.code,
        r.jurisdiction.name,
        isoDay(r.date),
        r.treaty?.status ?? '',
        c.code,
        statusParam[c.status],
        c.source,
        c.score,
        c.maxScore,
        c.conflict ? 'yes' : 'no',
        elements,
        [...new Set(evidence)].join('; '),
      ])
    }
  }
  return toCsv(lines)
}
