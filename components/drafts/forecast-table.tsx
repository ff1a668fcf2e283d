import Link from 'next/link'
import type { DraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { ConformityBadge, ConformityKey } from './conformity-badge'

/** Jurisdictions down, clauses across: what each clause would ask of each participant, with totals. */
export function ForecastTable({ workspace }: { workspace: DraftWorkspace }) {
  const { forecast, clauses } = workspace
  const numberOf = (clauseId: string) => clauses.findIndex((c) => c.id === clauseId) + 1
  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Conformity forecast: rows are participating jurisdictions, columns are clauses
          </caption>
          <thead className="bg-slate-100 align-bottom">
            <tr>
              <th scope="col" className="px-3 py-2">
                Jurisdiction
              </th>
              {clauses.map((c, i) => (
                <th key={c.id} scope="col" className="min-w-32 px-3 py-2">
                  <a href={`#clause-${c.id}`}>Clause {i + 1}</a>
                  {c.heading && (
                    <span className="block max-w-48 truncate text-xs font-normal text-slate-700">{c.heading}</span>
                  )}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                Changes needed on
              </th>
            </tr>
          </thead>
          <tbody>
            {forecast.jurisdictions.map((j, ji) => (
              <tr key={j.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/jurisdictions/${j.code}`}>{j.name}</Link>
                </th>
                {forecast.clauses.map((c) => (
                  <td key={c.clauseId} className="px-3 py-2">
                    {c.linked ? (
                      <ConformityBadge status={c.cells[ji].status} />
                    ) : (
                      <span className="text-xs text-slate-600">not linked</span>
                    )}
                  </td>
                ))}
                <td className="px-3 py-2">
                  {j.clausesRequiringChange.length
                    ? j.clausesRequiringChange.map((id) => `Clause ${numberOf(id)}`).join(', ')
                    : 'none'}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 bg-slate-50 align-top text-xs">
            <tr>
              <th scope="row" className="px-3 py-2 text-sm">
                Totals
              </th>
              {forecast.clauses.map((c) => (
                <td key={c.clauseId} className="px-3 py-2">
                  {c.linked ? (
                    <ul>
                      <li>{c.totals.MET} meet</li>
                      <li>{c.totals.PARTIAL} partly</li>
                      <li>{c.totals.NOT_MET} do not</li>
                      <li>{c.totals.UNKNOWN} not known</li>
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
              ))}
              <td className="px-3 py-2 text-sm">
                {forecast.summary.requiringChange} of {forecast.summary.participants} would change
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ConformityKey />
    </div>
  )
}
