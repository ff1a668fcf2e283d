import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/fields'
import type { SavedViewItem } from '@/lib/data/saved-views/saved-views'
import type { SavedViewActions } from './saved-view-actions'

const pageLabels: Record<string, string> = {
  compare: 'Comparison',
  'compare/definitions': 'Definitions comparison',
  'compare/ages': 'Age comparison',
  gaps: 'Gap analysis',
}

const when = (date: Date | string) =>
  new Date(date).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  })

/** One saved view: what changed since it was last opened, open (marks it seen), rename, delete. */
export function SavedViewCard({ view, actions }: { view: SavedViewItem; actions: SavedViewActions }) {
  const headingId = `view-${view.id}`
  const changes = view.changeCount === 1 ? '1 change' : `${view.changeCount} changes`
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold break-words">
            {view.name}
          </h2>
          <p className="text-sm text-slate-700">
            {pageLabels[view.page] ?? view.page} · <span className="break-all font-mono text-xs">{view.href}</span>
          </p>
          <p className="text-sm text-slate-700">Last opened {when(view.lastSeenAt)}</p>
        </div>
        <ActionForm action={actions.open} schema="viewRef" submitLabel={`Open ${view.name}`} pendingLabel="Opening…">
          <input type="hidden" name="viewId" value={view.id} />
        </ActionForm>
      </div>
      <p
        className={`mt-3 text-sm font-medium ${view.changeCount ? 'text-amber-900' : 'text-slate-700'}`}
        data-testid="change-count"
      >
        {view.changeCount ? `${changes} since you last looked` : 'No published changes since you last looked.'}
      </p>
      {view.changeCount > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-brand-700">
            {view.changeCount > view.changes.length
              ? `Show the newest ${view.changes.length}`
              : `Show ${view.changeCount === 1 ? 'it' : 'them'}`}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {view.changes.map((change) => (
              <li key={change.id} className="break-words">
                {change.summary} <span className="text-slate-600">— {when(change.date)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700">Rename or delete</summary>
        <div className="mt-2 flex flex-wrap items-end gap-6">
          <ActionForm action={actions.rename} schema="renameView" submitLabel="Rename" variant="secondary">
            <input type="hidden" name="viewId" value={view.id} />
            <input type="hidden" name="version" value={view.version} />
            <TextField name="name" label="New name" defaultValue={view.name} />
          </ActionForm>
          <ActionForm
            action={actions.remove}
            schema="viewRef"
            submitLabel={`Delete ${view.name}`}
            pendingLabel="Deleting…"
            variant="danger"
          >
            <input type="hidden" name="viewId" value={view.id} />
          </ActionForm>
        </div>
      </details>
    </article>
  )
}
