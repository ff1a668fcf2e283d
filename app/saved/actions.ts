'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { db } from '@/lib/db'
import { runFormAction } from '@/lib/actions/action-result'
import { getCurrentUser } from '@/lib/auth/session'
import { createSavedView, deleteSavedView, openSavedView, renameSavedView } from '@/lib/data/saved-views/saved-views'
import { renameViewSchema, saveViewSchema, viewRefSchema } from '@/lib/schemas/saved-views'

// Thin actions: validate (runFormAction), call lib/data with the signed-in user (the data
// functions refuse a missing user and touch only that user's views), refresh /saved.
type State = unknown

export async function saveViewAction(_: State, formData: FormData) {
  const user = await getCurrentUser()
  return runFormAction(saveViewSchema, formData, async (input) => {
    const view = await createSavedView(db, { user, name: input.name, view: input })
    revalidatePath('/saved')
    return { data: { id: view.id }, message: `Saved as “${view.name}”. Find it under Saved views.` }
  })
}

export async function renameViewAction(_: State, formData: FormData) {
  const user = await getCurrentUser()
  return runFormAction(renameViewSchema, formData, async (input) => {
    await renameSavedView(db, { user, viewId: input.viewId, expectedVersion: input.version, name: input.name })
    revalidatePath('/saved')
    return { data: null, message: 'Renamed.' }
  })
}

export async function deleteViewAction(_: State, formData: FormData) {
  const user = await getCurrentUser()
  return runFormAction(viewRefSchema, formData, async (input) => {
    await deleteSavedView(db, { user, viewId: input.viewId })
    revalidatePath('/saved')
    return { data: null, message: 'Deleted.' }
  })
}

/** Opening marks the view seen, then goes to it. */
export async function openViewAction(_: State, formData: FormData) {
  const user = await getCurrentUser()
  const result = await runFormAction(viewRefSchema, formData, async (input) => ({
    data: await openSavedView(db, { user, viewId: input.viewId }),
    message: '',
  }))
  if (result.ok) redirect(result.data.href)
  return result
}
