import Link from 'next/link'
import { searchHref, type SearchParams } from '@/lib/schemas/search'
import type { FacetGroup } from '@/lib/search/search-law'

/**
 * Facet filters as links (each a shareable URL): the count says how many results each would
 * leave; the chosen value is marked with a tick and in words, and choosing it again removes it.
 */
const VISIBLE = 8

function FacetLink({
  group,
  option,
  params,
}: {
  group: FacetGroup
  option: FacetGroup['options'][number]
  params: SearchParams
}) {
  const href = searchHref({ ...params, page: 1, [group.key]: option.selected ? undefined : option.value })
  return (
    <li>
      <Link
        href={href}
        scroll={false}
        aria-current={option.selected ? 'true' : undefined}
        className={`flex justify-between gap-2 rounded px-2 py-1 text-sm no-underline hover:bg-brand-50 ${option.selected ? 'bg-brand-50 font-semibold text-brand-900' : 'text-slate-800'}`}
      >
        <span>
          {option.selected && <span aria-hidden="true">✓ </span>}
          {option.label}
          {option.selected && <span className="sr-only"> (selected, choose to remove)</span>}
        </span>
        <span className="tabular-nums text-slate-600">
          {option.count.toLocaleString('en-GB')}
          <span className="sr-only"> results</span>
        </span>
      </Link>
    </li>
  )
}

export function SearchFacets({ facets, params }: { facets: FacetGroup[]; params: SearchParams }) {
  const shown = facets.filter((group) => group.options.length > 0)
  return (
    <nav aria-labelledby="filters-heading" className="space-y-5">
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filter results
      </h2>
      {shown.length === 0 && <p className="text-sm text-slate-600">No filters apply to these results.</p>}
      {shown.map((group) => (
        <section key={group.key} aria-labelledby={`facet-${group.key}`}>
          <h3 id={`facet-${group.key}`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-700">
            {group.label}
          </h3>
          <ul>
            {group.options.slice(0, VISIBLE).map((option) => (
              <FacetLink key={option.value} group={group} option={option} params={params} />
            ))}
          </ul>
          {group.options.length > VISIBLE && (
            <details className="mt-1">
              <summary className="cursor-pointer px-2 text-sm text-brand-700">
                {group.options.length - VISIBLE} more {group.label.toLowerCase()} values
              </summary>
              <ul>
                {group.options.slice(VISIBLE).map((option) => (
                  <FacetLink key={option.value} group={group} option={option} params={params} />
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </nav>
  )
}
