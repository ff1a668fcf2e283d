import { ConformityBadge } from '@/components/drafts/conformity-badge'
import { EvidenceLinks } from '@/components/drafts/evidence-links'
import { CrosswalkPanel } from '@/components/crosswalk-panel'
import type { CrosswalkView } from '@/lib/data/drafts/find-crosswalks'
import { readinessLabels, type ObligationReadiness } from '@/lib/domain/drafts/readiness'
import { reservationKindLabels } from '@/lib/schemas/enum-labels'

const readinessStyle: Record<ObligationReadiness['readiness'], { symbol: string; className: string }> = {
  READY: { symbol: '✓', className: 'border-emerald-700/40 bg-emerald-50 text-emerald-900' },
  READY_WITH_RESERVATIONS: { symbol: '◐', className: 'border-sky-700/40 bg-sky-50 text-sky-900' },
  CHANGES_NEEDED: { symbol: '✗', className: 'border-red-700/40 bg-red-50 text-red-900' },
  NOT_ASSESSED: { symbol: '?', className: 'border-slate-400 bg-slate-50 text-slate-800' },
}

function ReadinessBadge({ readiness }: { readiness: ObligationReadiness['readiness'] }) {
  const style = readinessStyle[readiness]
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}
    >
      <span aria-hidden="true">{style.symbol}</span> {readinessLabels[readiness]}
    </span>
  )
}

/** One treaty obligation: verdict, the provisions that satisfy it, each gap and the reservation that would cover it. */
export function ObligationCard({ item, crosswalks }: { item: ObligationReadiness; crosswalks: CrosswalkView[] }) {
  const { obligation } = item
  const headingId = `obligation-${obligation.id}`
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {obligation.articleRef ?? obligation.code}: {obligation.title}
        </h3>
        <ReadinessBadge readiness={item.readiness} />
        {item.assessed && (
          <ConformityBadge
            status={item.status}
            label={`Result: ${item.status === 'MET' ? 'met' : item.status === 'PARTIAL' ? 'partly met' : item.status === 'NOT_MET' ? 'not met' : 'not known'}`}
          />
        )}
      </div>
      <p className="text-sm text-slate-600">{obligation.standard}</p>
      {item.rationale && <p className="mt-2 text-slate-800">{item.rationale}</p>}
      {!item.assessed && (
        <p className="mt-2 text-slate-700">
          Not assessed yet: LexBridge has no assessment of this jurisdiction against this obligation, and nothing
          recorded lets it be worked out, so its readiness cannot be judged.
        </p>
      )}
      {item.satisfiedBy.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="font-medium">Satisfied by: </span>
          <EvidenceLinks evidence={item.satisfiedBy} />
        </p>
      )}
      {item.gaps.length > 0 && (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">Gaps ({item.gaps.length})</h4>
          <ul className="mt-1 space-y-2 text-sm">
            {item.gaps.map((gap, i) => (
              <li key={gap.element?.code ?? i} className="rounded-md border border-slate-200 p-2">
                <p>
                  <ConformityBadge status={gap.status} /> {gap.element ? gap.element.text : 'The obligation as a whole'}
                  {gap.note && <span className="text-slate-700"> — {gap.note}</span>}
                </p>
                <p className="mt-1">
                  {gap.reservableArticle ? (
                    <>
                      <span className="font-medium">Reservation allowed:</span> art. {gap.reservableArticle} lets a
                      Party reserve this element, which would cover the gap.
                      {gap.existingReservation && (
                        <span className="block text-slate-700">
                          Already made:{' '}
                          {reservationKindLabels[gap.existingReservation.kind as keyof typeof reservationKindLabels] ??
                            gap.existingReservation.kind}{' '}
                          to art. {gap.existingReservation.articles.join(', ')} — “{gap.existingReservation.text}”
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="font-medium">No reservation covers this: the law would need to change.</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.notAssessed.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">
            Not assessed yet ({item.notAssessed.length} of {obligation.elements.length} elements):{' '}
          </span>
          {item.notAssessed.map((e) => e.text).join('; ')}
        </p>
      )}
      <CrosswalkPanel crosswalks={crosswalks} self={{ criterionId: obligation.id }} />
    </article>
  )
}
