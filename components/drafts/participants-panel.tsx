import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { SelectField } from '@/components/forms/fields'
import type { DraftOptions } from '@/lib/data/drafts/find-draft-options'
import type { DraftWorkspace } from '@/lib/data/drafts/get-draft-workspace'
import { DraftIds } from './draft-ids'
import type { DraftActions } from './draft-actions'

/** The participating jurisdictions, with their totals; editors add and remove them here. */
export function ParticipantsPanel({
  actions,
  workspace,
  options,
}: {
  actions: Pick<DraftActions, 'addParticipant' | 'removeParticipant'>
  workspace: DraftWorkspace
  options: DraftOptions | null
}) {
  const { draft, forecast } = workspace
  const taking = new Set(workspace.jurisdictions.map((j) => j.code))
  return (
    <div>
      {forecast.jurisdictions.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {forecast.jurisdictions.map((j) => (
            <li key={j.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <span>
                <Link href={`/jurisdictions/${j.code}`} className="font-medium">
                  {j.name}
                </Link>
                <span className="ml-2 text-slate-700">
                  {j.totals.MET} met · {j.totals.PARTIAL} partly · {j.totals.NOT_MET} not met · {j.totals.UNKNOWN} not
                  known
                </span>
              </span>
              {options && (
                <ActionForm
                  action={actions.removeParticipant}
                  schema="participant"
                  submitLabel={`Remove ${j.name}`}
                  pendingLabel="Removing…"
                  variant="link"
                >
                  <DraftIds draftId={draft.id} version={draft.version} />
                  <input type="hidden" name="jurisdiction" value={j.code} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {options && (
        <ActionForm
          action={actions.addParticipant}
          schema="participant"
          submitLabel="Add jurisdiction"
          pendingLabel="Adding…"
          variant="secondary"
          className="mt-3 max-w-md"
        >
          <DraftIds draftId={draft.id} version={draft.version} />
          <SelectField
            name="jurisdiction"
            label="Add a participating jurisdiction"
            placeholder="Choose a jurisdiction"
            options={options.jurisdictions
              .filter((j) => !taking.has(j.code))
              .map((j) => ({ value: j.code, label: j.name }))}
          />
        </ActionForm>
      )}
    </div>
  )
}
