import { splitHighlights } from '@/lib/search/highlight'

/** A snippet with its matched words in <mark>; all text goes through React, so it is escaped. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitHighlights(snippet).map((segment, i) =>
        segment.highlighted ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-slate-900">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  )
}
