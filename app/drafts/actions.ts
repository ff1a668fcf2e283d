'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { z } from 'zod'
import { db } from '@/lib/db'
import { deleteClause, findLinkConcept, moveClause, updateLinkRequirements } from '@/lib/data/drafts/arrange-clauses'
import { createDraft } from '@/lib/data/drafts/create-draft'
import { shareDraft, unshareDraft } from '@/lib/data/drafts/draft-shares'
import { createClause, createClauseFromProvision, updateClause } from '@/lib/data/drafts/save-clause'
import {
  addDraftJurisdiction,
  deleteDraft,
  removeDraftJurisdiction,
  updateDraftDetails,
} from '@/lib/data/drafts/update-draft'
import { runFormAction, type ActionResult } from '@/lib/actions/action-result'
import { getCurrentUser } from '@/lib/auth/session'
import type { CurrentUser } from '@/lib/auth/current-user'
import { AppError } from '@/lib/errors/app-error'
import {
  clauseFromProvisionSchema,
  clauseRefSchema,
  clauseSchema,
  createDraftSchema,
  deleteDraftSchema,
  linkRequirementsSchema,
  moveClauseSchema,
  parseFeatureRequirements,
  participantSchema,
  shareSchema,
  unshareSchema,
  updateDraftSchema,
} from '@/lib/schemas/drafts'

// Thin actions: validate (runDraftAction), call lib/data, refresh the page. Authorisation is
// checked inside the data functions.
type State = unknown

/** Every draft action: the signed-in user, then the form through runFormAction. */
async function runDraftAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>, user: CurrentUser) => Promise<{ data: T; message: string }>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser()
  if (!user)
    return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again to change drafts.' }
  return runFormAction(schema, formData, (input) => run(input, user))
}
const refresh = (draftId: string) => revalidatePath(`/drafts/${draftId}`, 'layout')
const change = (input: { draftId: string; version: number }, user: CurrentUser) => ({
  draftId: input.draftId,
  user,
  expectedVersion: input.version,
})

export async function createDraftAction(_: State, formData: FormData) {
  const result = await runDraftAction(createDraftSchema, formData, async (input, user) => ({
    data: await createDraft(db, {
      user,
      title: input.title,
      purpose: input.purpose,
      jurisdictionCodes: input.jurisdictions,
    }),
    message: 'Draft created.',
  }))
  if (result.ok) redirect(`/drafts/${result.data.id}`)
  return result
}

export async function updateDraftAction(_: State, formData: FormData) {
  return runDraftAction(updateDraftSchema, formData, async (input, user) => {
    await updateDraftDetails(db, { ...change(input, user), title: input.title, purpose: input.purpose })
    refresh(input.draftId)
    return { data: null, message: 'Title and purpose saved.' }
  })
}

export async function addParticipantAction(_: State, formData: FormData) {
  return runDraftAction(participantSchema, formData, async (input, user) => {
    await addDraftJurisdiction(db, { ...change(input, user), jurisdictionCode: input.jurisdiction })
    refresh(input.draftId)
    return { data: null, message: 'Jurisdiction added; the forecast is updated.' }
  })
}

export async function removeParticipantAction(_: State, formData: FormData) {
  return runDraftAction(participantSchema, formData, async (input, user) => {
    await removeDraftJurisdiction(db, { ...change(input, user), jurisdictionCode: input.jurisdiction })
    refresh(input.draftId)
    return { data: null, message: 'Jurisdiction removed.' }
  })
}

export async function saveClauseAction(_: State, formData: FormData) {
  return runDraftAction(clauseSchema, formData, async (input, user) => {
    const fields = {
      ...change(input, user),
      heading: input.heading,
      text: input.text,
      criterionIds: input.criteria,
      conceptIds: input.concepts,
    }
    if (input.clauseId) await updateClause(db, { ...fields, clauseId: input.clauseId })
    else await createClause(db, fields)
    refresh(input.draftId)
    return { data: null, message: input.clauseId ? 'Clause saved.' : 'Clause added.' }
  })
}

export async function clauseFromProvisionAction(_: State, formData: FormData) {
  const result = await runDraftAction(clauseFromProvisionSchema, formData, async (input, user) => {
    const { result: clause } = await createClauseFromProvision(db, {
      ...change(input, user),
      provisionId: input.provisionId,
      criterionIds: input.criteria,
    })
    refresh(input.draftId)
    return { data: { draftId: input.draftId, clauseId: clause.id }, message: 'Clause added from the provision.' }
  })
  // Land on the new clause with its editor open, ready to adapt the copied text.
  if (result.ok) redirect(`/drafts/${result.data.draftId}?edit=${result.data.clauseId}#clause-${result.data.clauseId}`)
  return result
}

export async function moveClauseAction(_: State, formData: FormData) {
  return runDraftAction(moveClauseSchema, formData, async (input, user) => {
    await moveClause(db, { ...change(input, user), clauseId: input.clauseId, direction: input.direction })
    refresh(input.draftId)
    return { data: null, message: `Clause moved ${input.direction}.` }
  })
}

export async function deleteClauseAction(_: State, formData: FormData) {
  return runDraftAction(clauseRefSchema, formData, async (input, user) => {
    await deleteClause(db, { ...change(input, user), clauseId: input.clauseId })
    refresh(input.draftId)
    return { data: null, message: 'Clause deleted. Earlier versions keep it (see History).' }
  })
}

export async function linkRequirementsAction(_: State, formData: FormData) {
  return runDraftAction(linkRequirementsSchema, formData, async (input, user) => {
    const concept = await findLinkConcept(db, input.linkId)
    if (!concept) throw new AppError('NOT_FOUND', 'That definition link is no longer on this clause.')
    const parsed = parseFeatureRequirements(concept, input as Record<string, string>)
    if (!parsed.ok)
      throw new AppError('VALIDATION', 'Some fields need attention.', {
        fieldErrors: { [parsed.field]: [parsed.message] },
      })
    await updateLinkRequirements(db, { ...change(input, user), linkId: input.linkId, requiredFeatures: parsed.data })
    refresh(input.draftId)
    return { data: null, message: 'Requirements saved; the forecast is updated.' }
  })
}

export async function shareAction(_: State, formData: FormData) {
  return runDraftAction(shareSchema, formData, async (input, user) => {
    const shared = await shareDraft(db, {
      draftId: input.draftId,
      user,
      email: input.email,
      access: input.access,
    })
    refresh(input.draftId)
    return { data: null, message: `Shared with ${shared.name} (${input.access === 'EDIT' ? 'can edit' : 'can read'}).` }
  })
}

export async function unshareAction(_: State, formData: FormData) {
  return runDraftAction(unshareSchema, formData, async (input, user) => {
    await unshareDraft(db, { draftId: input.draftId, user, shareUserId: input.userId })
    refresh(input.draftId)
    return { data: null, message: 'Access removed.' }
  })
}

export async function deleteDraftAction(_: State, formData: FormData) {
  const result = await runDraftAction(deleteDraftSchema, formData, async (input, user) => {
    await deleteDraft(db, { ...change(input, user) })
    return { data: null, message: 'Draft deleted.' }
  })
  if (result.ok) {
    revalidatePath('/drafts')
    redirect('/drafts')
  }
  return result
}
