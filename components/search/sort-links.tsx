import Link from 'next/link'
import { searchHref, type SearchParams } from '@/lib/schemas/search'

const sorts = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const

export function SortLinks({ params }: { params: SearchParams }) {
  return (
    <nav aria-label="Sort results" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="text-slate-700">Sort:</span>
      {sorts.map((sort) =>
        sort.value === params.sort ? (
          <span
            key={sort.value}
            aria-current="true"
            className="rounded bg-slate-200 px-2 py-0.5 font-semibold text-slate-900"
          >
            {sort.label}
          </span>
        ) : (
          <Link
            key={sort.value}
            href={searchHref({ ...params, sort: sort.value, page: 1 })}
            scroll={false}
            className="rounded px-2 py-0.5"
          >
            {sort.label}
          </Link>
        ),
      )}
    </nav>
  )
}
