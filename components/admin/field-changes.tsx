import { diffText, humanizeField, type FieldChange } from '@/lib/domain/record-diff'

/**
 * A readable diff: one row per changed field; long text diffed word by word. Everything is
 * rendered as text nodes (never HTML), so statute text cannot inject markup.
 */
export function FieldChanges({
  changes,
  labels = {},
  caption,
}: {
  changes: FieldChange[]
  labels?: Record<string, string>
  caption: string
}) {
  if (!changes.length) return <p className="text-sm text-slate-700">No field changed.</p>
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 bg-slate-100">
          <th scope="col" className="w-48 px-3 py-2">
            Field
          </th>
          <th scope="col" className="px-3 py-2">
            Before
          </th>
          <th scope="col" className="px-3 py-2">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          const long = (change.before?.length ?? 0) > 80 || (change.after?.length ?? 0) > 80
          return (
            <tr key={change.field} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {labels[change.field] ?? humanizeField(change.field)}
              </th>
              {long ? (
                <td colSpan={2} className="law-text px-3 py-2 break-words">
                  {diffText(change.before, change.after).map((part, i) =>
                    part.change === 'added' ? (
                      <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                        <span className="sr-only">[added: </span>
                        {part.value}
                        <span className="sr-only">]</span>
                      </ins>
                    ) : part.change === 'removed' ? (
                      <del key={i} className="bg-red-100 text-red-900">
                        <span className="sr-only">[removed: </span>
                        {part.value}
                        <span className="sr-only">]</span>
                      </del>
                    ) : (
                      <span key={i}>{part.value}</span>
                    ),
                  )}
                </td>
              ) : (
                <>
                  <td className="px-3 py-2 break-words text-red-900">
                    {change.before ?? <span className="text-slate-600">(empty)</span>}
                  </td>
                  <td className="px-3 py-2 break-words text-emerald-900">
                    {change.after ?? <span className="text-slate-600">(empty)</span>}
                  </td>
                </>
              )}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
