import Link from 'next/link'
import { isoDay } from '@/lib/domain/format-partial-date'
import type { CellOutcome } from '@/lib/domain/gaps/evaluate-cell'
import type { MatrixOutcome } from '@/lib/domain/gaps/evaluate-matrix'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import { statusIcons, statusLabels, treatyStatusLabels } from '@/lib/domain/gaps/status-labels'
import type { CriterionDef, Status } from '@/lib/domain/gaps/gap-inputs'
import { formatLegalDate } from '@/lib/domain/labels'
import { jurisdictionGapsHref } from '@/lib/domain/links'
import type { GapPageParams } from '@/lib/schemas/gaps'

const cellStyles: Record<Status, string> = {
  MET: 'bg-emerald-50 text-emerald-900',
  PARTIAL: 'bg-amber-50 text-amber-900',
  NOT_MET: 'bg-red-50 text-red-900',
  RESERVED: 'bg-violet-50 text-violet-900',
  UNKNOWN: 'bg-white text-slate-700',
}
const order: Status[] = ['MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN']

/** A score rubric's score, over the elements assessed (never over unknown ones), and saying so. */
function scoreText(cell: CellOutcome) {
  if (cell.score === null || cell.maxScore === null) return null
  const partial =
    cell.elements.length > 0 && cell.assessedElements < cell.elements.length
      ? ` (${cell.assessedElements} of ${cell.elements.length} elements assessed)`
      : ''
  return `${Number.isInteger(cell.score) ? cell.score : cell.score.toFixed(1)}/${cell.maxScore}${partial}`
}

/** The matrix: one row per jurisdiction, one column per criterion; every cell links to its evidence. */
export function GapMatrixTable({
  params,
  criteria,
  matrix,
  caption,
  hasTreaty,
  perRowDates,
}: {
  params: GapPageParams
  criteria: CriterionDef[]
  matrix: MatrixOutcome
  caption: string
  hasTreaty: boolean
  perRowDates: boolean
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead className="bg-slate-100 align-bottom">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-3 py-2">
              Jurisdiction
            </th>
            {perRowDates && (
              <th scope="col" className="px-3 py-2">
                Evaluated on
              </th>
            )}
            {hasTreaty && (
              <th scope="col" className="px-3 py-2">
                Treaty status
              </th>
            )}
            <th scope="col" className="px-3 py-2">
              Total
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="min-w-36 px-2 py-2 align-bottom font-semibold">
                <span className="block font-mono">{c.code}</span>
                {/* The whole title, wrapped: a negotiator reads what the criterion asks (issue 19). */}
                <span className="block max-w-48 text-xs font-normal text-slate-700">{c.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.jurisdiction.id} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 font-medium">
                <Link href={jurisdictionGapsHref(row.jurisdiction.code)}>{row.jurisdiction.name}</Link>
                <span className="block text-xs font-normal text-slate-700">{row.jurisdiction.code}</span>
              </th>
              {perRowDates && <td className="px-3 py-2 tabular-nums">{isoDay(row.date)}</td>}
              {hasTreaty && (
                <td className="px-3 py-2">
                  {row.treaty ? treatyStatusLabels[row.treaty.status] : '—'}
                  {row.treaty?.since && row.treaty.status !== 'none' && (
                    <span className="block text-xs text-slate-700">
                      {formatLegalDate(row.treaty.since, row.treaty.precision)}
                    </span>
                  )}
                </td>
              )}
              <td className="min-w-32 px-3 py-2 tabular-nums">
                {row.totals.percent === null ? (
                  <span className="font-semibold">{row.totals.assessed === 0 ? 'Not assessed yet' : 'No score'}</span>
                ) : (
                  <span className="font-semibold">
                    {row.totals.percent}% <span className="text-xs font-normal">of assessed</span>
                  </span>
                )}
                <span className="block text-xs text-slate-700">
                  assessed {row.totals.assessed} of {row.totals.of}
                  {row.totals.possible > 0 && (
                    <>
                      ; {row.totals.earned} of {row.totals.possible} points
                    </>
                  )}
                  {row.totals.counts.RESERVED > 0 && <>; {row.totals.counts.RESERVED} reserved</>}
                </span>
                {row.sufficiency.map((s) => (
                  <span key={s.group} className="block text-xs">
                    {s.group} ({s.codes.join(', ')}):{' '}
                    <strong>{s.verdict === 'yes' ? 'yes' : s.verdict === 'no' ? 'no' : 'unknown'}</strong>
                  </span>
                ))}
              </td>
              {row.cells.map((cell, i) => {
                const open = params.cell?.code === row.jurisdiction.code && params.cell.criterion === cell.code
                const score = scoreText(cell)
                const label = `${row.jurisdiction.name}, criterion ${cell.code}: ${statusLabels[cell.status]}${score ? `, score ${score}` : ''}${cell.source === 'elements' && cell.hasDerived ? ', derived' : ''}${cell.conflict ? ', conflict' : ''}`
                return (
                  <td
                    key={cell.criterionId}
                    className={`border-l border-slate-100 p-0 ${cellStyles[cell.status]} ${open ? 'outline outline-2 -outline-offset-2 outline-brand-700' : ''}`}
                  >
                    <Link
                      href={gapsHref(
                        { ...params, cell: { code: row.jurisdiction.code, criterion: criteria[i].code } },
                        'evidence',
                      )}
                      aria-label={label}
                      aria-current={open ? 'true' : undefined}
                      className="flex h-full flex-col px-2 py-2 text-inherit no-underline hover:underline"
                    >
                      <span className="whitespace-nowrap font-medium">
                        <span aria-hidden="true" className="font-bold">
                          {statusIcons[cell.status]}
                        </span>{' '}
                        {statusLabels[cell.status]}
                      </span>
                      <span className="text-xs" aria-hidden="true">
                        {score}
                        {cell.source === 'elements' && cell.hasDerived && (
                          <span className="ml-1 font-semibold" title="Derived by rule">
                            D
                          </span>
                        )}
                        {cell.conflict && (
                          <span className="ml-1" title="Curated and derived results disagree">
                            ⚠
                          </span>
                        )}
                      </span>
                    </Link>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 align-top text-xs">
          <tr>
            <th scope="row" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-sm">
              Totals per criterion
            </th>
            {perRowDates && <td />}
            {hasTreaty && <td />}
            <td />
            {matrix.criterionTotals.map((t) => (
              <td key={t.criterionId} className="px-2 py-2">
                <p className="whitespace-nowrap font-medium">
                  assessed {t.counts.MET + t.counts.PARTIAL + t.counts.NOT_MET + t.counts.RESERVED} of{' '}
                  {matrix.rows.length}
                </p>
                <ul>
                  {order
                    .filter((s) => t.counts[s] > 0)
                    .map((s) => (
                      <li key={s} className="whitespace-nowrap">
                        <span aria-hidden="true">{statusIcons[s]}</span> {t.counts[s]} {statusLabels[s].toLowerCase()}
                      </li>
                    ))}
                </ul>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
