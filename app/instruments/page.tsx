import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterButtons, ResultCount, SelectFilter, TextFilter } from '@/components/ui/filter-fields'
import { PageHeader } from '@/components/ui/page-header'
import { VerificationBadge } from '@/components/ui/verification-badge'
import { db } from '@/lib/db'
import { findInstruments } from '@/lib/data/find-instruments'
import { formatLegalDate } from '@/lib/domain/labels'
import { instrumentKindLabels, instrumentStatusLabels } from '@/lib/schemas/enum-labels'
import { instrumentHref, jurisdictionHref } from '@/lib/domain/links'
import { firstValues } from '@/lib/schemas/browse'
import {
  instrumentKindFromParam,
  instrumentListParamsSchema,
  type InstrumentListParams,
} from '@/lib/schemas/instruments'

export const metadata: Metadata = { title: 'Instruments' }

const scopeOptions = [
  { value: 'national', label: 'National and sub-national' },
  { value: 'international', label: 'International and regional' },
]

function pageHref(params: InstrumentListParams, page: number) {
  const search = new URLSearchParams()
  if (params.q) search.set('q', params.q)
  if (params.kind) search.set('kind', params.kind)
  if (params.scope) search.set('scope', params.scope)
  if (page > 1) search.set('page', String(page))
  const query = search.toString()
  return query ? `/instruments?${query}` : '/instruments'
}

export default async function InstrumentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = instrumentListParamsSchema.parse(firstValues(await searchParams))
  const { total, rows, page, pageCount } = await findInstruments(db, params)
  const filtered = Boolean(params.q || params.kind || params.scope)

  return (
    <div>
      <PageHeader
        title="Instruments"
        lead="Statutes, codes, regulations, treaties, directives and model laws, with their provisions and official sources."
      />
      <form
        method="get"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        <TextFilter name="q" label="Title or citation" defaultValue={params.q} placeholder="e.g. Online Safety Act" />
        <SelectFilter
          name="kind"
          label="Kind"
          defaultValue={params.kind}
          allLabel="All kinds"
          options={Object.entries(instrumentKindFromParam).map(([param, kind]) => ({
            value: param,
            label: instrumentKindLabels[kind],
          }))}
        />
        <SelectFilter
          name="scope"
          label="Scope"
          defaultValue={params.scope}
          allLabel="National and international"
          options={scopeOptions}
        />
        <FilterButtons clearHref="/instruments" filtered={filtered} />
      </form>

      <ResultCount
        count={total}
        singular="instrument"
        plural="instruments"
        filtered={filtered}
        suffix={pageCount > 1 ? ` Page ${page} of ${pageCount}.` : undefined}
      />

      {rows.length === 0 ? (
        <div className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-6">
          <p className="font-medium">No instrument matches these filters.</p>
          <p className="mt-1 text-sm text-slate-700">
            Try fewer words, another kind, or <Link href="/instruments">clear the filters</Link>. To find a provision by
            its content, use <Link href={`/search${params.q ? `?q=${encodeURIComponent(params.q)}` : ''}`}>search</Link>
            .
          </p>
        </div>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={instrumentHref(row.uri)} className="font-medium">
                  {row.title}
                </Link>
                <VerificationBadge status={row.verification} />
              </div>
              <p className="mt-1 text-sm text-slate-700">
                <Link href={jurisdictionHref(row.jurisdiction.code)}>{row.jurisdiction.name}</Link> ·{' '}
                {instrumentKindLabels[row.kind]} · {instrumentStatusLabels[row.status]}
                {row.inForceOn && <> · in force {formatLegalDate(row.inForceOn)}</>}
                {row.officialCitation && <> · {row.officialCitation}</>}
              </p>
            </li>
          ))}
        </ul>
      )}

      {pageCount > 1 && (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-4">
          {page > 1 ? (
            <Link href={pageHref(params, page - 1)}>← Previous page</Link>
          ) : (
            <span className="text-slate-500">← Previous page</span>
          )}
          {page < pageCount ? (
            <Link href={pageHref(params, page + 1)}>Next page →</Link>
          ) : (
            <span className="text-slate-500">Next page →</span>
          )}
        </nav>
      )}
    </div>
  )
}
