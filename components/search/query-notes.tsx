import Link from 'next/link'
import { searchHref } from '@/lib/schemas/search'
import type { SearchOutcome } from '@/lib/search/search-law'

/** Says what was actually searched: a corrected spelling, the synonyms included, a fallback engine. */
export function QueryNotes({ outcome }: { outcome: SearchOutcome }) {
  const { params, correctedQuery, synonyms, degraded, total } = outcome
  return (
    <div className="mt-3 space-y-1 text-sm text-slate-700">
      {correctedQuery && total > 0 && (
        <p>
          Showing results for <strong className="text-slate-900">{correctedQuery}</strong>. Search instead for{' '}
          <Link href={searchHref({ ...params, page: 1, exact: '1' })}>“{params.q}”</Link> as typed.
        </p>
      )}
      {synonyms.map((s) => (
        <p key={s.typed}>
          “{s.typed}” also finds its synonyms: {s.synonyms.join(', ')}. Put it in quotes to search for “{s.typed}”
          alone.
        </p>
      ))}
      {degraded && (
        <p role="note">
          The main search server is not answering; these results come from LexBridge’s built-in search and are complete.
        </p>
      )}
    </div>
  )
}
