'use client'

import { ResultMessage } from './result-message'
import { useSaveAction, type SaveAction } from './use-save-action'

export function RestoreButton({
  action,
  baseVersion,
  canWrite,
  when,
}: {
  action: SaveAction
  baseVersion: number
  canWrite: boolean
  when: string
}) {
  const { result, formAction, pending, successFor } = useSaveAction(action)
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {canWrite ? `Restore this version (${when})` : `Propose restoring this version (${when})`}
      </button>
      {canWrite && (
        <button
          type="submit"
          name="requestReview"
          value="1"
          disabled={pending}
          className="ml-3 rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Request review of this restore ({when})
        </button>
      )}
      <ResultMessage result={result} success={successFor('Restored.', 'Restore submitted for review.')} />
    </form>
  )
}
