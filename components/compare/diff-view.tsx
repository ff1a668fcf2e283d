import type { DiffSegment } from '@/lib/domain/text-diff'

/**
 * The word diff inline: removed words struck through, added words underlined, each also announced
 * in words for screen readers (colour is never the only signal).
 */
export function DiffView({ segments }: { segments: DiffSegment[] }) {
  return (
    <p className="law-text rounded-lg border border-slate-200 bg-white p-4 text-base leading-8 text-slate-900">
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'removed' ? (
          <del key={index} className="rounded bg-red-50 px-0.5 text-red-900 decoration-red-800 decoration-2">
            <span className="sr-only">[removed: </span>
            {segment.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins
            key={index}
            className="rounded bg-emerald-50 px-0.5 text-emerald-900 underline decoration-emerald-800 decoration-2 underline-offset-4"
          >
            <span className="sr-only">[added: </span>
            {segment.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  )
}

export function DiffLegend() {
  return (
    <p className="text-sm text-slate-800">
      <del className="rounded bg-red-50 px-1 text-red-900 decoration-red-800 decoration-2">struck through</del>: only in
      the first text ·{' '}
      <ins className="rounded bg-emerald-50 px-1 text-emerald-900 underline decoration-emerald-800 decoration-2 underline-offset-4">
        underlined
      </ins>
      : only in the second text
    </p>
  )
}
