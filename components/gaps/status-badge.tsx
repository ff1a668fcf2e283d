import { statusIcons, statusLabels } from '@/lib/domain/gaps/status-labels'
import type { Status } from '@/lib/domain/gaps/gap-inputs'

/** Icon + word + border style per status: readable without colour and in print. */
const styles: Record<Status, string> = {
  MET: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  PARTIAL: 'border-amber-700 bg-amber-50 text-amber-900',
  NOT_MET: 'border-red-700 bg-red-50 text-red-900',
  RESERVED: 'border-dashed border-violet-700 bg-violet-50 text-violet-900',
  UNKNOWN: 'border-dotted border-slate-500 bg-slate-100 text-slate-800',
}

export function StatusBadge({ status, size = 'sm' }: { status: Status; size?: 'sm' | 'xs' }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 font-medium ${size === 'xs' ? 'text-xs' : 'text-sm'} ${styles[status]}`}
    >
      <span aria-hidden="true" className="font-bold">
        {statusIcons[status]}
      </span>
      {statusLabels[status]}
    </span>
  )
}

export function StatusLegend() {
  return (
    <ul aria-label="Status legend" className="flex flex-wrap gap-2 text-sm">
      {(Object.keys(statusLabels) as Status[]).map((s) => (
        <li key={s}>
          <StatusBadge status={s} size="xs" />
        </li>
      ))}
      <li className="text-xs text-slate-700">
        <span className="font-semibold">D</span> derived by rule · <span className="font-semibold">⚠</span> curated and
        derived disagree
      </li>
    </ul>
  )
}
