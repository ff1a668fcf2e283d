import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterButtons, ResultCount, SelectFilter, TextFilter } from '@/components/ui/filter-fields'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { findJurisdictionFacets, findJurisdictions } from '@/lib/data/find-jurisdictions'
import { jurisdictionKindLabels } from '@/lib/schemas/enum-labels'
import { firstValues, jurisdictionListParamsSchema } from '@/lib/schemas/browse'

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
  const filtered = Boolean(params.q || params.region || params.kind || params.law)

  return (
    <div>
      <PageHeader
        title="Jurisdictions"
        lead="States, sub-national units and organisations. Filter by UN M49 region or kind, or find one by name or code."
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
        <div className="flex items-center gap-2 pb-2">
          <input
            id="law"
            name="law"
            type="checkbox"
            value="1"
            defaultChecked={params.law === '1'}
            className="h-4 w-4"
          />
          <label htmlFor="law" className="text-sm">
            With law recorded
          </label>
        </div>
        <FilterButtons clearHref="/jurisdictions" filtered={filtered} />
      </form>

      <ResultCount count={rows.length} singular="jurisdiction" plural="jurisdictions" filtered={filtered} />

      {rows.length === 0 ? (
        <div className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-6">
          <p className="font-medium">No jurisdiction matches these filters.</p>
          <p className="mt-1 text-sm text-slate-700">
            Try another spelling, an ISO code such as <code>DE</code>, or{' '}
            <Link href="/jurisdictions">clear the filters</Link>.
          </p>
        </div>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Jurisdictions</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Code
                </th>
                <th scope="col" className="px-3 py-2">
                  Kind
                </th>
                <th scope="col" className="px-3 py-2">
                  Region
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Instruments
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Definitions
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Ages
                </th>
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
