import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterButtons, ResultCount, SelectFilter, TextFilter } from '@/components/ui/filter-fields'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findJurisdictionFacets, findJurisdictions } from '@/lib/data/find-jurisdictions'
import { jurisdictionKindLabels } from '@/lib/schemas/enum-labels'
import {
  firstValues,
  jurisdictionListParamsSchema,
  type JurisdictionListParams,
  type JurisdictionSortKey,
} from '@/lib/schemas/browse'

export const metadata: Metadata = { title: 'Jurisdictions' }

const kindOptions = [
  { value: 'state', label: 'States' },
  { value: 'subnational', label: 'Sub-national units' },
  { value: 'regional-organisation', label: 'Regional organisations' },
  { value: 'international-organisation', label: 'International organisations' },
  { value: 'territory', label: 'Territories' },
  { value: 'other', label: 'Other areas (e.g. Antarctica)' },
]

export default async function JurisdictionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = jurisdictionListParamsSchema.parse(firstValues(await searchParams))
  const [rows, facets] = await Promise.all([findJurisdictions(db, params), findJurisdictionFacets(db)])
  const filtered = Boolean(params.q || params.region || params.kind)
  const all = facets.kinds.reduce((n, k) => n + k.count, 0)

  return (
    <div>
      <PageHeader
        title="Jurisdictions"
        lead="States, sub-national units and organisations with law recorded (or all of them). Filter by UN M49 region or kind, find one by name or code, sort by any column."
      />

      <form
        method="get"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto_auto] sm:items-end"
      >
        <TextFilter name="q" label="Name or code" defaultValue={params.q} placeholder="e.g. Kenya or KE" />
        <SelectFilter
          name="region"
          label="Region"
          defaultValue={params.region}
          allLabel="All regions"
          options={facets.regions.map((region) => ({ value: region.code, label: `${region.name} (${region.count})` }))}
        />
        <SelectFilter name="kind" label="Kind" defaultValue={params.kind} allLabel="All kinds" options={kindOptions} />
        <SelectFilter
          name="law"
          label="Show"
          defaultValue={params.law === 'all' ? 'all' : undefined}
          allLabel="With law recorded"
          options={[{ value: 'all', label: 'All jurisdictions' }]}
        />
        {params.sort !== 'name' && <input type="hidden" name="sort" value={params.sort} />}
        {params.dir !== 'asc' && <input type="hidden" name="dir" value={params.dir} />}
        <FilterButtons clearHref={listHref({ law: params.law }, {})} filtered={filtered} />
      </form>

      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <ResultCount
          count={rows.length}
          singular={params.law === '1' ? 'jurisdiction with law recorded' : 'jurisdiction'}
          plural={params.law === '1' ? 'jurisdictions with law recorded' : 'jurisdictions'}
          filtered={filtered}
        />
        <p className="mt-3 text-sm">
          {params.law === '1' ? (
            <Link href={listHref(params, { law: 'all' })}>Show all {all} jurisdictions, with or without law</Link>
          ) : (
            <Link href={listHref(params, { law: '1' })}>Show only those with law recorded</Link>
          )}
        </p>
      </div>

      {rows.length === 0 ? (
        <div className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-6">
          <p className="font-medium">No jurisdiction matches these filters.</p>
          <p className="mt-1 text-sm text-slate-700">
            Try another spelling, an ISO code such as <code>DE</code>, or{' '}
            <Link href="/jurisdictions">clear the filters</Link>.
          </p>
        </div>
      ) : (
        <div className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Jurisdictions</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <SortHeader params={params} sortKey="name" label="Name" />
                <SortHeader params={params} sortKey="code" label="Code" />
                <SortHeader params={params} sortKey="kind" label="Kind" />
                <SortHeader params={params} sortKey="region" label="Region" />
                <SortHeader params={params} sortKey="instruments" label="Instruments" numeric />
                <SortHeader params={params} sortKey="definitions" label="Definitions" numeric />
                <SortHeader params={params} sortKey="ages" label="Ages" numeric />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/jurisdictions/${row.code}`}>{row.name}</Link>
                    {row.parent && <span className="ml-1 text-xs font-normal text-slate-600">({row.parent.name})</span>}
                    {row.sovereign && (
                      <span className="ml-1 text-xs font-normal text-slate-600">({row.sovereign.name})</span>
                    )}
                  </th>
                  <td className="px-3 py-2 font-mono">{row.code}</td>
                  <td className="px-3 py-2">{jurisdictionKindLabels[row.kind]}</td>
                  <td className="px-3 py-2">{row.subregionName ?? row.regionName ?? '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row._count.instruments}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row._count.definitions}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row._count.ageBenchmarks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

/** The list's URL with some parameters changed; defaults left out so links stay short. */
function listHref(params: JurisdictionListParams, change: Partial<JurisdictionListParams>) {
  const next = { ...params, ...change }
  const q = new URLSearchParams()
  if (next.q) q.set('q', next.q)
  if (next.region) q.set('region', next.region)
  if (next.kind) q.set('kind', next.kind)
  if (next.law === 'all') q.set('law', 'all')
  if (next.sort && next.sort !== 'name') q.set('sort', next.sort)
  if (next.dir === 'desc') q.set('dir', 'desc')
  const query = q.toString()
  return `/jurisdictions${query ? `?${query}` : ''}`
}

/** A column header that sorts by its column (a link, so the order is in the URL); again reverses it. */
function SortHeader({
  params,
  sortKey,
  label,
  numeric = false,
}: {
  params: JurisdictionListParams
  sortKey: JurisdictionSortKey
  label: string
  numeric?: boolean
}) {
  const current = params.sort === sortKey
  const dir = current ? params.dir : undefined
  // Counts read best largest first; names and codes A to Z.
  const next = current ? (dir === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc'
  return (
    <th
      scope="col"
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
      className={`px-3 py-2${numeric ? ' text-right' : ''}`}
    >
      <Link href={listHref(params, { sort: sortKey, dir: next })} className="text-slate-900">
        {label}
        <span className="sr-only">
          {current ? `, sorted ${dir === 'asc' ? 'ascending' : 'descending'}; ` : ', '}sort{' '}
          {next === 'asc' ? 'ascending' : 'descending'}
        </span>
        <span aria-hidden="true" className="ml-1 text-xs text-slate-600">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
        </span>
      </Link>
    </th>
  )
}
