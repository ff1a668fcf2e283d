'use server'
import { revalidatePath } from 'next/cache'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { requireUser } from '@/lib/auth/session'
import { syncOfficialTexts } from '@/lib/data/law/sync-official-texts'

export type SyncSummary = {
  checked: number
  imported: number
  unchanged: number
  notModified: number
  failed: { instrument: string; message: string }[]
}

/** The /admin/sources button: the same sync as `npm run sources:sync`, for admins. */
export async function syncSourcesAction(): Promise<ActionResult<SyncSummary>> {
  return runAction(async () => {
    const user = await requireUser('sources:sync')
    const outcomes = await syncOfficialTexts(db, { user })
    revalidatePath('/admin/sources')
    const count = (status: string) => outcomes.filter((o) => o.status === status).length
    return {
      checked: outcomes.length,
      imported: count('imported'),
      unchanged: count('unchanged'),
      notModified: count('not-modified'),
      failed: outcomes
        .filter((o) => o.status === 'failed')
        .map((o) => ({ instrument: o.instrument, message: o.message })),
    }
  })
}
