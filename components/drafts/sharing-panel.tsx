import { ActionForm } from '@/components/forms/action-form'
import { SelectField, TextField } from '@/components/forms/fields'
import type { DraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import type { DraftActions } from './draft-actions'

/** Owner only: who else may read or edit the draft. */
export function SharingPanel({
  actions,
  workspace,
}: {
  actions: Pick<DraftActions, 'share' | 'unshare'>
  workspace: DraftWorkspace
}) {
  const { draft, shares } = workspace
  return (
    <div>
      {shares.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          Only you can see this draft. Share it with colleagues who have a LexBridge account.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {shares.map((s) => (
            <li key={s.user.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <span>
                <span className="font-medium">{s.user.name}</span> ({s.user.email}) —{' '}
                {s.access === 'EDIT' ? 'can edit' : 'can read'}
              </span>
              <ActionForm
                action={actions.unshare}
                schema="unshare"
                submitLabel={`Stop sharing with ${s.user.name}`}
                pendingLabel="Removing…"
                variant="link"
              >
                <input type="hidden" name="draftId" value={draft.id} />
                <input type="hidden" name="userId" value={s.user.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={actions.share}
        schema="share"
        submitLabel="Share"
        pendingLabel="Sharing…"
        variant="secondary"
        resetOnSuccess
        className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-2"
      >
        <input type="hidden" name="draftId" value={draft.id} />
        <TextField name="email" type="email" label="Colleague’s email" autoComplete="email" />
        <SelectField
          name="access"
          label="Access"
          defaultValue="READ"
          options={[
            { value: 'READ', label: 'Can read' },
            { value: 'EDIT', label: 'Can edit' },
          ]}
        />
      </ActionForm>
    </div>
  )
}
