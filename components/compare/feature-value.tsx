import type { FeatureStatus, FeatureValue } from '@/lib/domain/definition-features'

/** A tri-state feature in words and a symbol: ✓ Yes, ✗ No, ? Unknown (never colour alone). */
export function FeatureValueLabel({ feature, value }: { feature: string; value: FeatureValue }) {
  if (typeof value === 'number')
    return <span className="font-semibold tabular-nums">{feature === 'ageLimit' ? `under ${value}` : value}</span>
  if (value === true)
    return (
      <span className="font-medium text-emerald-800">
        <span aria-hidden="true">✓ </span>Yes
      </span>
    )
  if (value === false)
    return (
      <span className="font-medium text-red-800">
        <span aria-hidden="true">✗ </span>No
      </span>
    )
  return (
    <span className="text-slate-700">
      <span aria-hidden="true">? </span>Unknown
    </span>
  )
}

const statusText: Record<FeatureStatus, { icon: string; text: string; className: string }> = {
  differs: { icon: '≠', text: 'Differs', className: 'border-amber-700/50 bg-amber-100 text-amber-950' },
  same: { icon: '=', text: 'Same', className: 'border-slate-300 bg-white text-slate-800' },
  incomplete: { icon: '≈', text: 'Same where known', className: 'border-slate-300 bg-white text-slate-800' },
  unknown: { icon: '?', text: 'Not recorded', className: 'border-slate-300 bg-white text-slate-700' },
}

export function FeatureStatusLabel({ status }: { status: FeatureStatus }) {
  const s = statusText[status]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {s.text}
    </span>
  )
}
