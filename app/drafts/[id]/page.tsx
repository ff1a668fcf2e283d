import type { Metadata } from 'next'
import Link from 'next/link'
import {
  addParticipantAction,
  clauseFromProvisionAction,
  deleteClauseAction,
  deleteDraftAction,
  linkRequirementsAction,
  moveClauseAction,
  removeParticipantAction,
  saveClauseAction,
  shareAction,
  unshareAction,
  updateDraftAction,
} from '@/app/drafts/actions'
import { ClauseCard } from '@/components/drafts/clause-card'
import type { DraftActions } from '@/components/drafts/draft-actions'
import { ClauseFields } from '@/components/drafts/clause-fields'
import { DraftIds } from '@/components/drafts/draft-ids'
import { ForecastTable } from '@/components/drafts/forecast-table'
import { ParticipantsPanel } from '@/components/drafts/participants-panel'
import { ProvisionPicker } from '@/components/drafts/provision-picker'
import { SharingPanel } from '@/components/drafts/sharing-panel'
import { SignInPrompt } from '@/components/drafts/sign-in-prompt'
import { ActionForm } from '@/components/forms/action-form'
import { TextArea, TextField } from '@/components/forms/fields'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findDraftOptions, searchProvisionsForClause } from '@/lib/data/drafts/find-draft-options'
import { findDraftTitle } from '@/lib/data/drafts/find-drafts'
import { getDraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { describeForecast } from '@/lib/domain/drafts/forecast-summary'
import { getCurrentUser } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { firstValues } from '@/lib/schemas/browse'
import { provisionPickerParamsSchema } from '@/lib/schemas/drafts'
import { allOf } from '@/lib/data/drafts/all-of'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await findDraftTitle(db, { draftId: (await params).id, user: await getCurrentUser() })
  return { title: title ?? 'Draft' }
}

const actions: DraftActions = {
  saveClause: saveClauseAction,
  clauseFromProvision: clauseFromProvisionAction,
  moveClause: moveClauseAction,
  deleteClause: deleteClauseAction,
  linkRequirements: linkRequirementsAction,
  addParticipant: addParticipantAction,
  removeParticipant: removeParticipantAction,
  share: shareAction,
  unshare: unshareAction,
}

export default async function DraftPage({ params, searchParams }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) return <SignInPrompt returnTo={`/drafts/${id}`} />
  const workspace = await notFoundOnMissing(getDraftWorkspace(db, { draftId: id, user }))
  const { draft, access, clauses, forecast } = workspace
  const search = firstValues(await searchParams)
  const picker = provisionPickerParamsSchema.parse(search)
  const canEdit = access !== 'read'
  const [options, results] = await allOf([
    () => (canEdit ? findDraftOptions(db) : null),
    () =>
      canEdit && picker.pq ? searchProvisionsForClause(db, { query: picker.pq, jurisdictionCode: picker.pj }) : null,
  ])
  const numberOf = (clauseId: string) => clauses.findIndex((c) => c.id === clauseId) + 1

  return (
    <div>
      <PageHeader title={draft.title} lead={draft.purpose ?? undefined} crumbs={[{ href: '/drafts', label: 'Drafts' }]}>
        <p className="mt-3 text-sm text-slate-700">
          Version {draft.version} · by {draft.owner.name} · last changed{' '}
          {draft.updatedAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
          {access === 'read' && (
            <strong className="ml-2 font-medium">· You can read this draft; ask its author for edit access.</strong>
          )}
          {access === 'edit' && <span className="ml-2">· Shared with you to edit.</span>}
        </p>
        <nav aria-label="Draft" className="no-print mt-3 flex flex-wrap gap-3 text-sm">
          <Link
            href={`/drafts/${draft.id}/history`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
          >
            History and comparison
          </Link>
          <a
            href={`/drafts/${draft.id}/export.docx`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
            download
          >
            Export as Word (.docx)
          </a>
          <a
            href={`/drafts/${draft.id}/export.md`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
            download
          >
            Export as Markdown
          </a>
        </nav>
        {canEdit && (
          <details className="no-print mt-3 max-w-2xl">
            <summary className="cursor-pointer text-sm font-medium">Edit title and purpose</summary>
            <ActionForm action={updateDraftAction} schema="updateDraft" submitLabel="Save title and purpose">
              <DraftIds draftId={draft.id} version={draft.version} />
              <TextField name="title" label="Title" defaultValue={draft.title} />
              <TextArea name="purpose" label="Purpose (optional)" defaultValue={draft.purpose} rows={3} />
            </ActionForm>
          </details>
        )}
      </PageHeader>

      <Section id="forecast" title="Conformity forecast">
        <p className="max-w-3xl text-lg font-medium text-slate-900">{describeForecast(forecast, numberOf)}</p>
        {workspace.jurisdictions.length > 0 && clauses.length > 0 && (
          <div className="mt-3">
            <ForecastTable workspace={workspace} />
          </div>
        )}
      </Section>

      <Section
        id="participants"
        title="Participating jurisdictions"
        count={canEdit ? undefined : workspace.jurisdictions.length}
        empty="No jurisdiction takes part yet."
      >
        {workspace.jurisdictions.length === 0 && canEdit && (
          <p className="mb-3 rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
            No jurisdiction takes part yet. Add the ones negotiating this draft to see the forecast.
          </p>
        )}
        <ParticipantsPanel actions={actions} workspace={workspace} options={options} />
      </Section>

      <Section
        id="clauses"
        title="Clauses"
        count={canEdit ? undefined : clauses.length}
        empty="This draft has no clauses yet."
      >
        {clauses.length === 0 && canEdit && (
          <p className="mb-3 rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
            No clauses yet. Start one from a provision of any jurisdiction or instrument, or write one.
          </p>
        )}
        <ol className="space-y-4">
          {clauses.map((clause, i) => (
            <li key={clause.id}>
              <ClauseCard
                actions={actions}
                clause={clause}
                number={i + 1}
                count={clauses.length}
                workspace={workspace}
                options={options}
                editing={search.edit === clause.id}
              />
            </li>
          ))}
        </ol>
        {options && (
          <div className="no-print mt-6 grid gap-4 lg:grid-cols-2">
            <ProvisionPicker
              action={actions.clauseFromProvision}
              draft={draft}
              options={options}
              query={picker}
              results={results}
            />
            <section aria-labelledby="new-clause-heading" className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 id="new-clause-heading" className="text-lg font-semibold">
                Write a clause
              </h3>
              <ActionForm
                action={saveClauseAction}
                schema="clause"
                submitLabel="Add clause"
                pendingLabel="Adding…"
                resetOnSuccess
              >
                <DraftIds draftId={draft.id} version={draft.version} />
                <ClauseFields options={options} />
              </ActionForm>
            </section>
          </div>
        )}
      </Section>

      {access === 'owner' && (
        <>
          <Section id="sharing" title="Sharing">
            <SharingPanel actions={actions} workspace={workspace} />
          </Section>
          <Section id="danger" title="Delete this draft">
            <p className="text-sm text-slate-700">Deleting removes the draft for you and everyone it is shared with.</p>
            <ActionForm
              action={deleteDraftAction}
              schema="deleteDraft"
              submitLabel="Delete draft"
              pendingLabel="Deleting…"
              variant="danger"
              confirm={{
                question: `Delete “${draft.title}”?`,
                detail:
                  'The draft and its clauses disappear for you and everyone it is shared with. You cannot bring it back yourself.',
                confirmLabel: 'Delete draft for good',
              }}
            >
              <DraftIds draftId={draft.id} version={draft.version} />
            </ActionForm>
          </Section>
        </>
      )}
    </div>
  )
}
