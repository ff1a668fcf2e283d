'use client'

import { useActionState, useEffect } from 'react'
import { useRouter } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/action-result'
import type { SaveOutcome } from '@/lib/data/curation/change-requests'

export type SaveAction = (
  previous: ActionResult<SaveOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<SaveOutcome>>

/** useActionState for record changes, refreshing the page when a change was applied (not merely proposed). */
export function useSaveAction(action: SaveAction) {
  const [result, formAction, pending] = useActionState(action, null)
  const router = useRouter()
  useEffect(() => {
    if (result?.ok && result.data.mode === 'applied') router.refresh()
  }, [result, router])
  const successFor = (applied: string, proposed: string) =>
    result?.ok && result.data.mode === 'proposed' ? proposed : applied
  return { result, formAction, pending, successFor }
}
