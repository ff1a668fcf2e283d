import type { SnapshotDiff, TextPart } from '@/lib/domain/drafts/compare-snapshots'

/** Inserted and deleted words as <ins>/<del> with visible markers, so the change is not shown by colour alone. */
export function DiffText({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.change === 'added' ? (
          <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-950 decoration-emerald-800 underline decoration-2">
            <span className="sr-only">[inserted: </span>
            {p.value}
            <span className="sr-only">]</span>
          </ins>
        ) : p.change === 'removed' ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-950 decoration-red-800 decoration-2">
            <span className="sr-only">[deleted: </span>
            {p.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </>
  )
}

const changeLabels = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Unchanged' } as const

export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  if (diff.changeCount === 0) return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">These two versions are the same.</p>
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {diff.changeCount} {diff.changeCount === 1 ? 'change' : 'changes'}. Inserted words are <ins className="bg-emerald-100 underline decoration-2">underlined</ins>, deleted words{' '}
        <del className="bg-red-100 decoration-2">struck through</del>.
      </p>
      {diff.title && <DiffRow label="Title"><DiffText parts={diff.title} /></DiffRow>}
      {diff.purpose && <DiffRow label="Purpose"><DiffText parts={diff.purpose} /></DiffRow>}
      {(diff.jurisdictionsAdded.length > 0 || diff.jurisdictionsRemoved.length > 0) && (
        <DiffRow label="Participants">
          {diff.jurisdictionsAdded.length > 0 && <p>Added: {diff.jurisdictionsAdded.join(', ')}</p>}
          {diff.jurisdictionsRemoved.length > 0 && <p>Removed: {diff.jurisdictionsRemoved.join(', ')}</p>}
        </DiffRow>
      )}
      <ol className="space-y-3">
        {diff.clauses.map((c) => (
          <li key={c.id} className={`rounded-lg border bg-white p-4 ${c.change === 'unchanged' ? 'border-slate-200 opacity-80' : 'border-slate-400'}`}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-800">{changeLabels[c.change]}{c.moved ? ', moved' : ''}</span>
              <span className="font-semibold">{c.heading ?? 'Untitled clause'}</span>
              {c.previousHeading !== c.heading && c.change === 'changed' && <span className="text-sm text-slate-700">(was “{c.previousHeading ?? 'untitled'}”)</span>}
            </p>
            {c.change === 'unchanged' ? null : (
              <p className="law-text mt-2">
                <DiffText parts={c.text} />
              </p>
            )}
            {c.linksAdded.length > 0 && <p className="mt-1 text-sm">Links added: {c.linksAdded.join('; ')}</p>}
            {c.linksRemoved.length > 0 && <p className="mt-1 text-sm">Links removed: {c.linksRemoved.join('; ')}</p>}
            {c.sourceChanged && <p className="mt-1 text-sm">Source: {c.sourceChanged.before ?? 'none'} → {c.sourceChanged.after ?? 'none'}</p>}
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
