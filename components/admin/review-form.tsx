'use client'

import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/action-result'
import { ResultMessage } from './result-message'

type Action = (
  previous: ActionResult<{ decision: string }> | null,
  formData: FormData,
) => Promise<ActionResult<{ decision: string }>>

/** Approve / reject with a comment (required to reject), or withdraw one's own proposal. */
export function ReviewForm({ action, withdraw = false }: { action: Action; withdraw?: boolean }) {
  const [result, formAction, pending] = useActionState(action, null)
  const commentError = result && !result.ok ? result.fieldErrors?.comment : undefined
  const done = result?.ok
    ? {
        approve: 'Approved and published.',
        reject: 'Rejected. The editor will see your comment.',
        withdraw: 'Withdrawn.',
      }[result.data.decision]
    : undefined
  if (result?.ok)
    return (
      <div className="mt-6">
        <ResultMessage result={result} success={done} />
      </div>
    )
  if (withdraw) {
    return (
      <form action={formAction} className="mt-6 space-y-2">
        <ResultMessage result={result} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium"
        >
          Withdraw my proposal
        </button>
      </form>
    )
  }
  return (
    <form action={formAction} className="mt-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Your decision</h2>
      {result && !result.ok && !commentError && <ResultMessage result={result} />}
      <div>
        <label htmlFor="review-comment" className="block text-sm font-medium">
          Comment (required to reject)
        </label>
        <textarea
          id="review-comment"
          name="comment"
          rows={3}
          maxLength={2000}
          aria-describedby={commentError ? 'review-comment-error' : undefined}
          aria-invalid={commentError ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
        />
        {commentError && (
          <p id="review-comment-error" className="mt-1 text-sm font-medium text-red-800">
            {commentError.join(' ')}
          </p>
        )}
      </div>
      <div className="flex gap-3">
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-900"
        >
          Approve and publish
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          disabled={pending}
          className="rounded-md border border-red-800 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
        >
          Reject
        </button>
      </div>
    </form>
  )
}
