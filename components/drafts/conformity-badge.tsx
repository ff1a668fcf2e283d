import { conformityLabels, conformitySymbols, type ConformityStatus } from '@/lib/domain/drafts/status'

/** Conformity status as symbol + words + colour, never colour alone. */
const styles: Record<ConformityStatus, string> = {
  MET: 'border-emerald-700/40 bg-emerald-50 text-emerald-900',
  PARTIAL: 'border-amber-700/40 bg-amber-50 text-amber-900',
  NOT_MET: 'border-red-700/40 bg-red-50 text-red-900',
  UNKNOWN: 'border-slate-400 bg-slate-50 text-slate-800',
}

export function ConformityBadge({ status, label }: { status: ConformityStatus; label?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${styles[status]}`}
    >
      <span aria-hidden="true">{conformitySymbols[status]}</span> {label ?? conformityLabels[status]}
    </span>
  )
}

export function ConformityKey() {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-700">
      <span>Key:</span>
      {(['MET', 'PARTIAL', 'NOT_MET', 'UNKNOWN'] as const).map((s) => (
        <ConformityBadge key={s} status={s} />
      ))}
      <span>“Not known”: LexBridge has no assessment or definition to judge by.</span>
    </p>
  )
}
