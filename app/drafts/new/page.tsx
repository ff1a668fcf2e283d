import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { CheckboxGroup, TextArea, TextField } from '@/components/forms/fields'
import { SignInPrompt } from '@/components/drafts/sign-in-prompt'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findDraftOptions } from '@/lib/data/drafts/find-draft-options'
import { getDraftUser } from '@/lib/drafts/current-user'
import { createDraftAction } from '../actions'

export const metadata: Metadata = { title: 'New draft' }

export default async function NewDraftPage() {
  const user = await getDraftUser()
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
  const { jurisdictions } = await findDraftOptions(db)
  const regions = [...new Set(jurisdictions.map((j) => j.regionName ?? 'Other'))].sort()
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
        <CheckboxGroup
          name="jurisdictions"
          legend="Participating jurisdictions (optional)"
          hint="The forecast shows what each clause would ask of these jurisdictions."
          scroll
          groups={regions.map((region) => ({
            title: region,
            options: jurisdictions
              .filter((j) => (j.regionName ?? 'Other') === region)
              .map((j) => ({ value: j.code, label: `${j.name} (${j.code})` })),
          }))}
        />
      </ActionForm>
    </div>
  )
}
