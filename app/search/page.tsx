import type { Metadata } from 'next'
import Link from 'next/link'
import { ActiveFilters } from '@/components/search/active-filters'
import { exampleSearches, NoResults } from '@/components/search/no-results'
import { QueryNotes } from '@/components/search/query-notes'
import { SearchBox } from '@/components/search/search-box'
import { SearchFacets } from '@/components/search/search-facets'
import { SearchPagination } from '@/components/search/search-pagination'
import { SearchResults } from '@/components/search/search-results'
import { SortLinks } from '@/components/search/sort-links'
import { PageHeader } from '@/components/ui/page-header'
import { firstValues } from '@/lib/schemas/browse'
import { lenientSearchParamsSchema, searchHref } from '@/lib/schemas/search'
import { isSearchable, searchLaw } from '@/lib/search/search-law'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = lenientSearchParamsSchema.parse(firstValues(await searchParams))
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } }
}

export default async function SearchPage({ searchParams }: Props) {
  const params = lenientSearchParamsSchema.parse(firstValues(await searchParams))
  if (!isSearchable(params)) {
    return (
      <div>
        <PageHeader
          title="Search the law"
          lead="Find provisions, legal definitions, instruments and jurisdictions, across languages of drafting. Spelling slips and legal synonyms are taken care of."
        />
        <SearchBox params={params} />
        <section aria-labelledby="examples-heading" className="mt-8 max-w-3xl">
          <h2 id="examples-heading" className="text-lg font-semibold">
            Start with a word
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {exampleSearches.map((q) => (
              <li key={q}>
                <Link
                  href={searchHref({ q })}
                  className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1"
                >
                  {q}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    )
  }

  const outcome = await searchLaw(params)
  const scope = outcome.facets.find((g) => g.key === 'jurisdiction')?.options.find((o) => o.selected)?.label
  const offset = (params.page - 1) * outcome.pageSize
  const shownTo = Math.min(outcome.total, offset + outcome.hits.length)

  return (
    <div>
      <PageHeader
        title={scope ? `Search within ${scope}` : 'Search the law'}
        crumbs={
          scope && params.jurisdiction ? [{ href: `/jurisdictions/${params.jurisdiction}`, label: scope }] : undefined
        }
      />
      <SearchBox params={params} scopeLabel={scope} />
      <QueryNotes outcome={outcome} />
      <ActiveFilters facets={outcome.facets} params={params} />

      <div className="mt-6 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside className="order-2 lg:order-1">
          <SearchFacets facets={outcome.facets} params={params} />
        </aside>
        <section aria-labelledby="results-heading" className="order-1 min-w-0 lg:order-2">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold">
              <span role="status">
                {outcome.total === 0
                  ? 'No results'
                  : `${outcome.total.toLocaleString('en-GB')} ${outcome.total === 1 ? 'result' : 'results'}${outcome.total > outcome.hits.length ? `, ${offset + 1}–${shownTo} shown` : ''}`}
              </span>
            </h2>
            {outcome.total > 1 && <SortLinks params={params} />}
          </div>
          {outcome.total === 0 ? (
            <NoResults outcome={outcome} />
          ) : outcome.hits.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5">
              There is no page {params.page} of these results.{' '}
              <Link href={searchHref({ ...params, page: 1 })}>Go to the first page</Link>.
            </p>
          ) : (
            <SearchResults hits={outcome.hits} offset={offset} />
          )}
          <SearchPagination params={params} pageCount={outcome.pageCount} />
        </section>
      </div>
    </div>
  )
}
