'use client'

import { useActionState, useEffect } from 'react'
import { useRouter } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/action-result'
import type { SaveOutcome } from '@/app/admin/_actions/record-actions'
import { ResultMessage } from './result-message'

type Action = (previous: ActionResult<SaveOutcome> | null, formData: FormData) => Promise<ActionResult<SaveOutcome>>

export function RestoreButton({ action, baseVersion, canWrite, when }: { action: Action; baseVersion: number; canWrite: boolean; when: string }) {
  const [result, formAction, pending] = useActionState(action, null)
  const router = useRouter()
  useEffect(() => {
    if (result?.ok && result.data.mode === 'applied') router.refresh()
  }, [result, router])
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" disabled={pending} className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
        {canWrite ? `Restore this version (${when})` : `Propose restoring this version (${when})`}
      </button>
      <ResultMessage result={result} success={result?.ok && result.data.mode === 'proposed' ? 'Restore submitted for review.' : 'Restored.'} />
    </form>
  )
}
