'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { requireUser } from '@/lib/auth/session'
import { approveChangeRequest, rejectChangeRequest, withdrawChangeRequest } from '@/lib/data/curation/change-requests'
import { validationError } from '@/lib/errors/app-error'
import { reviewDecisionSchema } from '@/lib/schemas/review'

export async function reviewAction(
  requestId: string,
  _previous: ActionResult<{ decision: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ decision: string }>> {
  return runAction(async () => {
    const user = await requireUser('change:review')
    const id = z.string().min(1).max(100).parse(requestId)
    const parsed = reviewDecisionSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success)
      throw validationError(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]])))
    if (parsed.data.decision === 'approve') await approveChangeRequest(db, { user, id, comment: parsed.data.comment })
    else await rejectChangeRequest(db, { user, id, comment: parsed.data.comment! })
    revalidatePath('/', 'layout')
    return { decision: parsed.data.decision }
  })
}

export async function withdrawAction(
  requestId: string,
  _previous: ActionResult<{ decision: string }> | null,
): Promise<ActionResult<{ decision: string }>> {
  return runAction(async () => {
    const user = await requireUser('change:propose')
    await withdrawChangeRequest(db, { user, id: z.string().min(1).max(100).parse(requestId) })
    revalidatePath('/admin', 'layout')
    return { decision: 'withdraw' }
  })
}
