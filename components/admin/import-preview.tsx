import type { ImportReport } from '@/lib/data/exchange/run-import'
import { humanizeField } from '@/lib/domain/record-diff'

/** What an import did or would do: counts, every error with its row or element, and each change. */
export function ImportPreview({ report }: { report: ImportReport & { notes?: string[] } }) {
  const { counts } = report
  const shown = report.outcomes.filter((o) => o.result === 'create' || o.result === 'update').slice(0, 200)
  return (
    <div className="space-y-4">
      <h3 className="font-semibold">{report.committed ? 'Import result' : 'Preview (nothing has been written)'}</h3>
      <ul className="flex flex-wrap gap-3 text-sm">
        <li className="rounded-md bg-emerald-50 px-3 py-1 text-emerald-900">{counts.create} to create</li>
        <li className="rounded-md bg-brand-50 px-3 py-1 text-brand-900">{counts.update} to change</li>
        <li className="rounded-md bg-slate-100 px-3 py-1">{counts.unchanged} unchanged</li>
        <li className={`rounded-md px-3 py-1 ${report.problems.length ? 'bg-red-50 text-red-900' : 'bg-slate-100'}`}>
          {report.problems.length === 1 ? '1 error' : `${report.problems.length} errors`}
        </li>
      </ul>
      {report.problems.length > 0 && (
        <div>
          <p className="mb-2 text-sm font-medium text-red-900">
            The file cannot be imported until every error is fixed; nothing will be written.
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Errors</caption>
            <thead className="bg-red-50">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Where
                </th>
                <th scope="col" className="px-2 py-1">
                  Field
                </th>
                <th scope="col" className="px-2 py-1">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i} className="border-t border-red-100">
                  <td className="px-2 py-1 font-mono">{p.location}</td>
                  <td className="px-2 py-1">{p.field ? humanizeField(p.field) : '—'}</td>
                  <td className="px-2 py-1">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.notes && report.notes.length > 0 && (
        <div>
          <p className="mb-1 text-sm font-medium">To review (not errors; nothing is removed):</p>
          <ul className="list-disc pl-5 text-sm">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {shown.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Records to create or change</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1">
                Where
              </th>
              <th scope="col" className="px-2 py-1">
                Record
              </th>
              <th scope="col" className="px-2 py-1">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.location} className="border-t border-slate-100 align-top">
                <td className="px-2 py-1 font-mono">{o.location}</td>
                <td className="px-2 py-1">{o.label}</td>
                <td className="px-2 py-1">
                  {o.result === 'create'
                    ? 'new'
                    : o.changes
                        ?.map((c) => `${humanizeField(c.field)}: ${c.before ?? '(empty)'} → ${c.after ?? '(empty)'}`)
                        .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
