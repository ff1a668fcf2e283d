import Link from 'next/link'
import { searchHref, type SearchParams } from '@/lib/schemas/search'
import type { FacetGroup } from '@/lib/search/search-law'

/** The filters in force, each with a link that removes it. */
export function ActiveFilters({ facets, params }: { facets: FacetGroup[]; params: SearchParams }) {
  const active = facets.flatMap((group) => group.options.filter((o) => o.selected).map((option) => ({ group, option })))
  if (!active.length) return null
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">Filtered by:</span>
      <ul className="flex flex-wrap gap-2">
        {active.map(({ group, option }) => (
          <li key={group.key}>
            <Link
              href={searchHref({ ...params, page: 1, [group.key]: undefined })}
              scroll={false}
              className="inline-flex items-center gap-1 rounded-full border border-brand-700/40 bg-brand-50 px-3 py-1 text-brand-900 no-underline hover:bg-brand-100"
            >
              {group.label}: {option.label}
              <span aria-hidden="true"> ✕</span>
              <span className="sr-only"> (remove this filter)</span>
            </Link>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <Link href={searchHref({ q: params.q, sort: params.sort })} scroll={false}>
          Clear all filters
        </Link>
      )}
    </div>
  )
}
