import type { ConsistencyFinding, ConsistencyStatus } from '@/lib/domain/age-consistency'
import { summariseFindings } from '@/lib/domain/age-consistency'

const statusLabel: Record<ConsistencyStatus, { icon: string; text: string; className: string }> = {
  tension: { icon: '⚠', text: 'Tension', className: 'border-red-700/40 bg-red-50 text-red-900' },
  check: { icon: '?', text: 'Check', className: 'border-amber-700/40 bg-amber-50 text-amber-950' },
  consistent: { icon: '✓', text: 'Consistent', className: 'border-emerald-700/40 bg-emerald-50 text-emerald-900' },
  unknown: { icon: '—', text: 'Cannot check', className: 'border-slate-400 bg-white text-slate-800' },
}

/** The verdict in one line, for the table's answer column: counts, linking to the full check below. */
export function FindingsSummary({ code, findings }: { code: string; findings: ConsistencyFinding[] }) {
  const summary = summariseFindings(findings)
  const worst = summary.tensions ? statusLabel.tension : summary.checks ? statusLabel.check : null
  return (
    <a href={`#check-${code}`} className="text-sm">
      {worst && (
        <span
          className={`mr-1 inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${worst.className}`}
        >
          <span aria-hidden="true">{worst.icon}</span>
          {worst.text}
        </span>
      )}
      {summary.tensions} {summary.tensions === 1 ? 'tension' : 'tensions'}, {summary.checks} to check
      {summary.unknown > 0 && `, ${summary.unknown} not checkable`}
    </a>
  )
}

/** The age-consistency check of one jurisdiction: each rule's verdict in words, with its basis. */
export function ConsistencyFindings({
  id,
  name,
  findings,
}: {
  id: string
  name: string
  findings: ConsistencyFinding[]
}) {
  const summary = summariseFindings(findings)
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${id}-heading`} className="font-semibold">
        {name}
      </h3>
      <p className="text-sm text-slate-700">
        {summary.tensions} {summary.tensions === 1 ? 'tension' : 'tensions'}, {summary.checks} to check,{' '}
        {summary.unknown} not checkable for lack of data
      </p>
      <ul className="mt-3 space-y-3">
        {findings.map((finding) => {
          const label = statusLabel[finding.status]
          return (
            <li key={finding.rule} className="text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span
                  className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${label.className}`}
                >
                  <span aria-hidden="true">{label.icon}</span>
                  {label.text}
                </span>
                <span className="font-medium">{finding.title}</span>
              </div>
              <p className="mt-1 text-slate-800">{finding.message}</p>
              {finding.basis && <p className="mt-0.5 text-xs text-slate-700">Basis: {finding.basis}</p>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
