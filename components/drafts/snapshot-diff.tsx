import { DiffLegend, DiffView } from '@/components/compare/diff-view'
import type { SnapshotDiff } from '@/lib/domain/drafts/compare-snapshots'

const changeLabels = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Unchanged' } as const

export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  if (diff.changeCount === 0)
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
        These two versions are the same.
      </p>
    )
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {diff.changeCount} {diff.changeCount === 1 ? 'change' : 'changes'} between the two versions.
      </p>
      <DiffLegend />
      {diff.title && (
        <DiffRow label="Title">
          <DiffView segments={diff.title} />
        </DiffRow>
      )}
      {diff.purpose && (
        <DiffRow label="Purpose">
          <DiffView segments={diff.purpose} />
        </DiffRow>
      )}
      {(diff.jurisdictionsAdded.length > 0 || diff.jurisdictionsRemoved.length > 0) && (
        <DiffRow label="Participants">
          {diff.jurisdictionsAdded.length > 0 && <p>Added: {diff.jurisdictionsAdded.join(', ')}</p>}
          {diff.jurisdictionsRemoved.length > 0 && <p>Removed: {diff.jurisdictionsRemoved.join(', ')}</p>}
        </DiffRow>
      )}
      <ol className="space-y-3">
        {diff.clauses.map((c) => (
          <li
            key={c.id}
            className={`rounded-lg border bg-white p-4 ${c.change === 'unchanged' ? 'border-slate-200 opacity-80' : 'border-slate-400'}`}
          >
            <p className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-800">
                {changeLabels[c.change]}
                {c.moved ? ', moved' : ''}
              </span>
              <span className="font-semibold">{c.heading ?? 'Untitled clause'}</span>
              {c.previousHeading !== c.heading && c.change === 'changed' && (
                <span className="text-sm text-slate-700">(was “{c.previousHeading ?? 'untitled'}”)</span>
              )}
            </p>
            {c.change === 'unchanged' ? null : (
              <div className="mt-2">
                <DiffView segments={c.text} />
              </div>
            )}
            {c.linksAdded.length > 0 && <p className="mt-1 text-sm">Links added: {c.linksAdded.join('; ')}</p>}
            {c.linksRemoved.length > 0 && <p className="mt-1 text-sm">Links removed: {c.linksRemoved.join('; ')}</p>}
            {c.sourceChanged && (
              <p className="mt-1 text-sm">
                Source: {c.sourceChanged.before ?? 'none'} → {c.sourceChanged.after ?? 'none'}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}

function DiffRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-400 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{label}</p>
      <div className="mt-1">{children}</div>
    </div>
  )
}
