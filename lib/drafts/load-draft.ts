import 'server-only'
import { notFound } from 'next/navigation'
import { db } from '@/lib/db'
import { getDraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { isAppError } from '@/lib/errors/app-error'

/** For pages and route handlers: the workspace, or a 404 when the draft is unknown or not the user's to see. */
export async function loadDraftWorkspace(draftId: string, userId: string) {
  try {
    return await getDraftWorkspace(db, { draftId, userId })
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
