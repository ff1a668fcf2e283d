import Link from 'next/link'
import { searchHref, type SearchParams } from '@/lib/schemas/search'
import type { SearchOutcome } from '@/lib/search/search-law'

export const exampleSearches = [
  'grooming',
  'possession',
  'age verification',
  'child pornography',
  'sextortion',
  'notice and takedown',
]

/** Says plainly that nothing matched, and offers what might: wider searches with their counts, then tips. */
export function NoResults({ outcome }: { outcome: SearchOutcome }) {
  const { params } = outcome
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h2 className="text-lg font-semibold">
        Nothing matches {params.q ? <>“{params.q}”</> : 'these filters'}
        {outcome.correctedQuery && <> or “{outcome.correctedQuery}”</>}
      </h2>
      {outcome.broader.length > 0 && (
        <>
          <p className="mt-2">Try a broader search:</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {outcome.broader.map((b) => (
              <li key={b.label}>
                <Link href={searchHref(b.params as Partial<SearchParams>)}>{b.label}</Link> (
                {b.count.toLocaleString('en-GB')} {b.count === 1 ? 'result' : 'results'})
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="mt-3 list-disc space-y-1 pl-6 text-sm text-slate-700">
        <li>Check the spelling, or use the term the law uses (for example “solicitation” rather than “grooming”).</li>
        <li>Use fewer words, or remove quotes and filters.</li>
        <li>
          Try{' '}
          {exampleSearches.slice(0, 3).map((q, i) => (
            <span key={q}>
              {i > 0 && ', '}
              <Link href={searchHref({ q })}>{q}</Link>
            </span>
          ))}
          .
        </li>
      </ul>
    </div>
  )
}
