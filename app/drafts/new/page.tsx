import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { JurisdictionPicker } from '@/components/compare/jurisdiction-picker'
import { TextArea, TextField } from '@/components/forms/fields'
import { SignInPrompt } from '@/components/drafts/sign-in-prompt'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findJurisdictionPicker } from '@/lib/data/compare/find-jurisdiction-groups'
import { findDraftOptions } from '@/lib/data/drafts/find-draft-options'
import { getCurrentUser } from '@/lib/auth/session'
import { createDraftAction } from '../actions'

export const metadata: Metadata = { title: 'New draft' }

export default async function NewDraftPage() {
  const user = await getCurrentUser()
  const header = (
    <PageHeader
      title="New draft"
      crumbs={[{ href: '/drafts', label: 'Drafts' }]}
      lead="Name the draft and choose the jurisdictions taking part. You can add clauses and more jurisdictions next."
    />
  )
  if (!user)
    return (
      <div>
        {header}
        <SignInPrompt returnTo="/drafts/new" />
      </div>
    )
  const [{ jurisdictions }, { groups }] = await Promise.all([findDraftOptions(db), findJurisdictionPicker(db)])
  return (
    <div className="max-w-3xl">
      {header}
      <ActionForm
        action={createDraftAction}
        schema="createDraft"
        submitLabel="Create draft"
        pendingLabel="Creating…"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <TextField name="title" label="Title" hint="For example: Model provisions on online grooming" />
        <TextArea
          name="purpose"
          label="Purpose (optional)"
          hint="What the draft is for and who will negotiate it."
          rows={3}
        />
        <div>
          <JurisdictionPicker
            name="jurisdictions"
            label="Participating jurisdictions"
            jurisdictions={jurisdictions.map((j) => ({ code: j.code, name: j.name }))}
            groups={groups}
            selected={[]}
            max={250}
          />
          <p className="mt-1 text-xs text-slate-700">
            Optional. The forecast shows what each clause would ask of these jurisdictions.
          </p>
        </div>
      </ActionForm>
    </div>
  )
}
