import Link from 'next/link'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { formatLegalDate } from '@/lib/domain/labels'
import type { SearchHit } from '@/lib/search/search-port'
import { HighlightedSnippet } from './highlighted-snippet'

const typeLabels = {
  provision: 'Provision',
  definition: 'Definition',
  instrument: 'Instrument',
  jurisdiction: 'Jurisdiction',
} as const

export function SearchResults({ hits, offset }: { hits: SearchHit[]; offset: number }) {
  return (
    <ol
      start={offset + 1}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      aria-label="Search results"
    >
      {hits.map(({ document: d, snippet }) => (
        <li key={d.id} className="p-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {typeLabels[d.type]}
            {d.jurisdictionName && d.type !== 'jurisdiction' && <> · {d.jurisdictionName}</>}
          </p>
          <h3 className="mt-0.5 text-lg font-semibold">
            <Link href={d.url}>{d.title}</Link>
          </h3>
          {(d.context || d.citation) && (
            <p className="text-sm text-slate-700">
              {[d.context, d.type === 'provision' || d.type === 'definition' ? d.citation : null]
                .filter(Boolean)
                .join(' · ')}
              {d.date && <> · {formatLegalDate(new Date(`${d.date}T00:00:00Z`))}</>}
            </p>
          )}
          {snippet && <p className="law-text mt-2 text-slate-800">{<HighlightedSnippet snippet={snippet} />}</p>}
          <div className="mt-2">
            <VerificationBadge status={d.verification} />
          </div>
        </li>
      ))}
    </ol>
  )
}
