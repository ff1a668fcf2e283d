'use client'

import { ResultMessage } from './result-message'
import { useSaveAction, type SaveAction } from './use-save-action'

/** Soft delete (the row stays, hidden, and can be restored from its history). Asks first. */
export function DeleteRecordForm({
  action,
  baseVersion,
  label,
  canWrite,
}: {
  action: SaveAction
  baseVersion: number
  label: string
  canWrite: boolean
}) {
  const { result, formAction, pending, successFor } = useSaveAction(action)
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (
          !window.confirm(
            `Delete this ${label}? It disappears from the public site and can be restored from its history.`,
          )
        )
          event.preventDefault()
      }}
      className="mt-10 space-y-3 border-t border-slate-200 pt-6"
    >
      <h2 className="text-lg font-semibold">Delete</h2>
      <ResultMessage result={result} success={successFor('Deleted.', 'Deletion submitted for review.')} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-800 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {canWrite ? `Delete ${label}` : `Propose deleting this ${label}`}
      </button>
      {canWrite && (
        <button
          type="submit"
          name="requestReview"
          value="1"
          disabled={pending}
          className="ml-3 rounded-md border border-slate-500 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Request review of the deletion
        </button>
      )}
    </form>
  )
}
