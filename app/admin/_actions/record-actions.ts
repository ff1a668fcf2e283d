'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { requireUser } from '@/lib/auth/session'
import { saveChange } from '@/lib/data/curation/change-requests'
import { restoreRevision } from '@/lib/data/curation/history'
import { findProvisionByRef } from '@/lib/data/curation/records'
import { AppError } from '@/lib/errors/app-error'
import { isRecordTypeKey, type RecordTypeKey } from '@/lib/schemas/records'
import type { SaveOutcome } from '@/lib/data/curation/change-requests'

/**
 * Thin actions: parse, check the session (requireUser → 401/403 as a result, never a 500), call
 * lib/data. Bound arguments come back from the browser, so they are validated like form fields.
 */

const idSchema = z.string().min(1).max(100)
const versionSchema = z.coerce.number().int().min(1)
/** The "Request review" button of a reviewer or admin: send the change through review instead of publishing it. */
const requestReviewSchema = z.literal('1').optional().catch(undefined)
const wantsReview = (value: unknown) => requestReviewSchema.parse(value ?? undefined) === '1'

function parseTarget(type: unknown, id: unknown): { type: RecordTypeKey; id: string | null } {
  if (!isRecordTypeKey(type)) throw new AppError('BAD_REQUEST', 'Unknown record type.')
  if (id !== null && !idSchema.safeParse(id).success) throw new AppError('BAD_REQUEST', 'Unknown record.')
  return { type, id: id as string | null }
}

export async function saveRecordAction(
  type: string,
  id: string | null,
  _previous: ActionResult<SaveOutcome> | null,
  formData: FormData,
): Promise<ActionResult<SaveOutcome>> {
  return runAction(async () => {
    const user = await requireUser('change:propose')
    const target = parseTarget(type, id)
    const { baseVersion, requestReview, ...payload } = Object.fromEntries(
      [...formData.entries()].filter(([key]) => !key.startsWith('$ACTION')),
    )
    const review = wantsReview(requestReview)
    const outcome = target.id
      ? await saveChange(db, {
          user,
          requestReview: review,
          change: {
            type: target.type,
            action: 'UPDATE',
            entityId: target.id,
            payload,
            baseVersion: versionSchema.parse(baseVersion),
          },
        })
      : await saveChange(db, { user, requestReview: review, change: { type: target.type, action: 'CREATE', payload } })
    revalidatePath('/', 'layout')
    return { mode: outcome.mode, entityId: outcome.entityId }
  })
}

export async function deleteRecordAction(
  type: string,
  id: string,
  _previous: ActionResult<SaveOutcome> | null,
  formData: FormData,
): Promise<ActionResult<SaveOutcome>> {
  return runAction(async () => {
    const user = await requireUser('change:propose')
    const target = parseTarget(type, id)
    const outcome = await saveChange(db, {
      user,
      requestReview: wantsReview(formData.get('requestReview')),
      change: {
        type: target.type,
        action: 'DELETE',
        entityId: target.id!,
        baseVersion: versionSchema.parse(formData.get('baseVersion')),
      },
    })
    revalidatePath('/', 'layout')
    return { mode: outcome.mode, entityId: outcome.entityId }
  })
}

export async function restoreRevisionAction(
  revisionId: string,
  _previous: ActionResult<SaveOutcome> | null,
  formData: FormData,
): Promise<ActionResult<SaveOutcome>> {
  return runAction(async () => {
    const user = await requireUser('change:propose')
    const outcome = await restoreRevision(db, {
      user,
      revisionId: idSchema.parse(revisionId),
      baseVersion: versionSchema.parse(formData.get('baseVersion')),
      requestReview: wantsReview(formData.get('requestReview')),
    })
    revalidatePath('/', 'layout')
    return { mode: outcome.mode, entityId: outcome.entityId }
  })
}

/** A provision typed into a form row, looked up while the curator types (the save checks again). */
export async function lookupProvisionAction(ref: string) {
  return runAction(async () => {
    const user = await requireUser('curation:read')
    return findProvisionByRef(db, { user, ref: z.string().max(400).parse(ref) })
  })
}
