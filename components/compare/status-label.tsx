import type { CriterionResultSummary } from '@/lib/domain/compare/compare-views'

type AssessmentStatus = CriterionResultSummary['status']

const labels: Record<AssessmentStatus, { icon: string; text: string; className: string }> = {
  MET: { icon: '✓', text: 'Met', className: 'border-emerald-700/40 bg-emerald-50 text-emerald-900' },
  PARTIAL: { icon: '◐', text: 'Partly met', className: 'border-amber-700/40 bg-amber-50 text-amber-950' },
  NOT_MET: { icon: '✗', text: 'Not met', className: 'border-red-700/40 bg-red-50 text-red-900' },
  RESERVED: { icon: 'R', text: 'Reserved', className: 'border-violet-700/40 bg-violet-50 text-violet-900' },
  UNKNOWN: { icon: '?', text: 'Unknown', className: 'border-slate-400 bg-white text-slate-800' },
}

/** An assessment status in words and an icon (never colour alone). */
export function AssessmentStatusLabel({ status }: { status: AssessmentStatus }) {
  const label = labels[status]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${label.className}`}
    >
      <span aria-hidden="true">{label.icon}</span>
      {label.text}
    </span>
  )
}
