import type { ActionResult } from '@/lib/actions/action-result'
import type { ConflictDetails } from '@/lib/data/curation/conflict'
import { FieldChanges } from './field-changes'

/** The outcome of an action: a status on success, an alert on failure (with the other change on a conflict). */
export function ResultMessage({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (!result) return null
  if (result.ok) {
    return (
      <p role="status" className="rounded-md border border-emerald-700/40 bg-emerald-50 p-3 text-sm text-emerald-900">
        {success ?? result.message ?? 'Done.'}
      </p>
    )
  }
  const conflict = result.code === 'CONFLICT' ? (result.details as ConflictDetails | undefined) : undefined
  return (
    <div role="alert" className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{result.message}</p>
      {conflict && (
        <div className="mt-3 rounded border border-red-200 bg-white p-2 text-slate-900">
          <p className="mb-2">
            Latest change by <strong>{conflict.by}</strong> on{' '}
            {new Date(conflict.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
            {conflict.changesSince > 1 && ` (one of ${conflict.changesSince} changes since your version)`}:
          </p>
          <FieldChanges changes={conflict.changes} caption="The other person's change" />
        </div>
      )}
    </div>
  )
}
