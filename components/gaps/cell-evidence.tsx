import Link from 'next/link'
import { SourceLink } from '@/components/ui/source-link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { isoDay } from '@/lib/domain/format-partial-date'
import { derivationRuleLabels } from '@/lib/domain/gaps/derivation'
import type { CellOutcome, ElementOutcome } from '@/lib/domain/gaps/evaluate-cell'
import { statusLabels } from '@/lib/domain/gaps/status-labels'
import type { ProvisionRef } from '@/lib/domain/gaps/gap-inputs'
import { reservationKindLabels } from '@/lib/schemas/enum-labels'
import { provisionHref } from '@/lib/domain/links'
import { StatusBadge } from './status-badge'

const sourceLabels: Record<ElementOutcome['source'], string> = {
  curated: 'Curated by LexBridge',
  derived: 'Derived by rule',
  reservation: 'Reserved by the jurisdiction',
  none: 'Nothing recorded',
}

function Citation({ provision, pinpoint }: { provision: ProvisionRef; pinpoint: string | null }) {
  return (
    <Link href={provisionHref(provision.instrumentUri, provision.eId)}>
      {provision.citation}
      {pinpoint && `, ${pinpoint}`}
    </Link>
  )
}

function ElementItem({ e }: { e: ElementOutcome }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={e.status} size="xs" />
        <h4 className="font-semibold">
          <span className="font-mono">{e.element.code}</span>
        </h4>
        <span className="text-xs text-slate-700">{sourceLabels[e.source]}</span>
        {e.conflict && (
          <span className="rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
            <span aria-hidden="true">⚠ </span>Conflict: curated {statusLabels[e.curated!.statusOnDate].toLowerCase()},
            rule says {statusLabels[e.derived!.status].toLowerCase()}
          </span>
        )}
      </div>
      <p className="mt-1 text-sm">{e.element.text}</p>
      {e.element.articleRef && <p className="mt-1 text-xs text-slate-700">From {e.element.articleRef}</p>}
      <dl className="mt-2 grid [&_a]:underline grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">Provision</dt>
        <dd>
          {e.curated?.provision ? (
            <Citation provision={e.curated.provision} pinpoint={e.curated.pinpoint} />
          ) : (
            <span className="font-medium">missing</span>
          )}
          {e.curated?.note && <span className="block text-slate-700">{e.curated.note}</span>}
        </dd>
        {e.curated && (
          <>
            <dt className="text-slate-700">Curated</dt>
            <dd>{statusLabels[e.curated.status]}</dd>
          </>
        )}
        {e.derived && (
          <>
            <dt className="text-slate-700">Derived</dt>
            <dd>
              <span className="mr-1 rounded border border-slate-400 px-1 text-xs font-semibold">derived</span>
              {statusLabels[e.derived.status]}. {e.derived.reason}
              {e.derived.sources.length > 0 && (
                <span className="block text-slate-700">Based on: {e.derived.sources.join('; ')}</span>
              )}
              {e.element.derivationRule && (
                <span className="block text-xs text-slate-700">
                  Rule: {derivationRuleLabels[e.element.derivationRule] ?? e.element.derivationRule}
                </span>
              )}
            </dd>
          </>
        )}
        {e.dateNote && (
          <>
            <dt className="text-slate-700">On this date</dt>
            <dd>{e.dateNote}</dd>
          </>
        )}
        {e.reservation && (
          <>
            <dt className="text-slate-700">{reservationKindLabels[e.reservation.kind]}</dt>
            <dd>
              <span className="text-xs text-slate-700">
                art. {e.reservation.articles.join(', ')}
                {e.reservation.madeOn && `, made ${isoDay(e.reservation.madeOn)}`}
                {e.status === 'MET' && ' — the law meets the element anyway'}
              </span>
              <blockquote className="law-text mt-1 border-l-4 border-violet-300 pl-2">{e.reservation.text}</blockquote>
              {e.reservation.sourceUrl && <SourceLink href={e.reservation.sourceUrl} />}
            </dd>
          </>
        )}
      </dl>
    </li>
  )
}

/** The evidence behind one cell: rationale, provisions relied on, and every element with its source. */
export function CellEvidence({
  jurisdiction,
  criterion,
  cell,
  date,
  rationale,
  closeHref,
}: {
  jurisdiction: { code: string; name: string }
  criterion: { code: string; title: string; text: string; articleRef: string | null }
  cell: CellOutcome
  date: Date
  rationale: { rationale: string; assessedOn: Date | null } | null
  closeHref: string
}) {
  return (
    <section
      id="evidence"
      aria-labelledby="evidence-heading"
      className="mt-6 rounded-lg border-2 border-brand-600 bg-white p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="evidence-heading" className="text-xl font-semibold">
            {jurisdiction.name} — criterion <span className="font-mono">{criterion.code}</span>: {criterion.title}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            As of {isoDay(date)} · {criterion.articleRef ?? 'no article recorded'}
          </p>
        </div>
        <Link href={closeHref} className="no-print text-sm">
          Close evidence
        </Link>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <StatusBadge status={cell.status} />
        {cell.score !== null && (
          <span className="text-sm">
            Score {cell.score}/{cell.maxScore}
            {cell.assessedElements < cell.elements.length &&
              ` over the ${cell.assessedElements} of ${cell.elements.length} elements assessed`}
          </span>
        )}
        <span className="text-sm text-slate-700">
          {cell.source === 'curated'
            ? 'LexBridge assessment'
            : cell.source === 'elements'
              ? 'Rolled up from the elements below'
              : 'No assessment recorded'}
        </span>
        {cell.verification && <VerificationBadge status={cell.verification} />}
      </div>
      <p className="mt-2 text-sm">{criterion.text}</p>
      {cell.dateNote && <p className="mt-2 text-sm font-medium">{cell.dateNote}</p>}
      {rationale && (
        <div className="mt-3">
          <h3 className="font-semibold">Rationale</h3>
          <p className="mt-1 text-sm">{rationale.rationale}</p>
          {rationale.assessedOn && <p className="text-xs text-slate-700">Assessed {isoDay(rationale.assessedOn)}</p>}
        </div>
      )}
      {cell.evidence.length > 0 && (
        <div className="mt-3">
          <h3 className="font-semibold">Provisions relied on</h3>
          <ul className="mt-1 list-disc pl-5 text-sm [&_a]:underline">
            {cell.evidence.map((e) => (
              <li key={e.provision.id}>
                <Citation provision={e.provision} pinpoint={e.pinpoint} />
                {e.note && <> — {e.note}</>}
                {e.dateNote && <span className="text-slate-700"> ({e.dateNote} — not counted on this date)</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-4">
        <h3 className="font-semibold">Elements</h3>
        {cell.elements.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">
            This criterion is assessed as a whole; it has no separate elements.
          </p>
        ) : (
          <ul className="mt-2 space-y-2">
            {cell.elements.map((e) => (
              <ElementItem key={e.element.id} e={e} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
