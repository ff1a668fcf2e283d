import Link from 'next/link'
import { searchHref, type SearchParams } from '@/lib/schemas/search'

/** Previous / numbered / next page links around the current page. */
export function SearchPagination({ params, pageCount }: { params: SearchParams; pageCount: number }) {
  if (pageCount <= 1) return null
  const current = params.page
  const first = Math.max(1, Math.min(current - 2, pageCount - 4))
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, i) => first + i)
  const link = (page: number, label: string, rel?: string) => (
    <Link
      href={searchHref({ ...params, page })}
      rel={rel}
      className="rounded border border-slate-300 bg-white px-3 py-1"
    >
      {label}
    </Link>
  )
  return (
    <nav aria-label="Pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {current > 1 && <li>{link(current - 1, '← Previous', 'prev')}</li>}
        {pages.map((page) => (
          <li key={page}>
            {page === current ? (
              <span
                aria-current="page"
                className="rounded border border-brand-700 bg-brand-700 px-3 py-1 font-semibold text-white"
              >
                <span className="sr-only">Page </span>
                {page}
              </span>
            ) : (
              <Link
                href={searchHref({ ...params, page })}
                className="rounded border border-slate-300 bg-white px-3 py-1"
              >
                <span className="sr-only">Page </span>
                {page}
              </Link>
            )}
          </li>
        ))}
        {current < pageCount && <li>{link(current + 1, 'Next →', 'next')}</li>}
      </ul>
    </nav>
  )
}
