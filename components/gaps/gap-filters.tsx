import Link from 'next/link'
import { JurisdictionPicker } from '@/components/compare/jurisdiction-picker'
import type { PickerGroup, PickerJurisdiction } from '@/lib/domain/picker-options'
import { gapsHref } from '@/lib/domain/gaps/gap-url'
import type { GapPageParams } from '@/lib/schemas/gaps'

const kindOptions = [
  { value: 'state', label: 'States' },
  { value: 'subnational', label: 'Sub-national units' },
  { value: 'regional-organisation', label: 'Regional organisations' },
  { value: 'international-organisation', label: 'International organisations' },
  { value: 'territory', label: 'Territories' },
]
const field = 'mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm'

/** A plain GET form: every choice ends up in the URL, works without JavaScript and can be shared. */
export function GapFilters({
  params,
  standards,
  regions,
  organisations,
  picker,
  hasTreaty,
}: {
  params: GapPageParams
  standards: { slug: string; name: string }[]
  regions: { code: string; name: string }[]
  organisations: { code: string; name: string }[]
  picker: { jurisdictions: PickerJurisdiction[]; groups: PickerGroup[] }
  hasTreaty: boolean
}) {
  const date = params.asOf && params.asOf !== 'ratification' ? params.asOf : ''
  return (
    <form
      method="get"
      action="/gaps"
      aria-label="Matrix options"
      className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {/* Keeps the open cell open when the date or filters change ("was it compliant then?"). */}
      {params.cell && <input type="hidden" name="cell" value={`${params.cell.code}:${params.cell.criterion}`} />}
      <div className="lg:col-span-2">
        <label htmlFor="standard" className="block text-sm font-medium">
          Standard
        </label>
        <select id="standard" name="standard" defaultValue={params.standard} className={field}>
          {standards.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="asOf" className="block text-sm font-medium">
          As of date
        </label>
        <input
          id="asOf"
          name="asOf"
          type="date"
          defaultValue={date}
          min="1950-01-01"
          max="2100-12-31"
          className={field}
          aria-describedby="asOf-help"
        />
        <p id="asOf-help" className="mt-1 text-xs text-slate-700">
          Empty: today.
        </p>
      </div>
      <div>
        <label htmlFor="sort" className="block text-sm font-medium">
          Sort
        </label>
        <select id="sort" name="sort" defaultValue={params.sort} className={field}>
          <option value="name">Name (A–Z)</option>
          <option value="score">Score (highest first)</option>
          <option value="gaps">Score (most gaps first)</option>
        </select>
      </div>
      <div>
        <label htmlFor="region" className="block text-sm font-medium">
          Region
        </label>
        <select id="region" name="region" defaultValue={params.region ?? ''} className={field}>
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="org" className="block text-sm font-medium">
          Member of
        </label>
        <select id="org" name="org" defaultValue={params.org ?? ''} className={field}>
          <option value="">Any organisation</option>
          {organisations.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="kind" className="block text-sm font-medium">
          Kind
        </label>
        <select id="kind" name="kind" defaultValue={params.kind ?? ''} className={field}>
          <option value="">All kinds</option>
          {kindOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="show" className="block text-sm font-medium">
          Rows
        </label>
        <select id="show" name="show" defaultValue={params.show} className={field}>
          <option value="all">Every jurisdiction in scope</option>
          <option value="assessed">Only those with a result</option>
        </select>
      </div>
      <div className="sm:col-span-2 lg:col-span-4">
        <JurisdictionPicker
          jurisdictions={picker.jurisdictions.map(({ code, name, hasData }) => ({ code, name, hasData }))}
          groups={picker.groups}
          selected={params.j ?? []}
          label="Only these jurisdictions"
        />
      </div>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          Show matrix
        </button>
        {hasTreaty && (
          <Link href={gapsHref({ ...params, asOf: 'ratification', cell: undefined })} className="text-sm">
            Each party at its ratification date
          </Link>
        )}
        <Link href={gapsHref({ standard: params.standard })} className="text-sm">
          Reset
        </Link>
      </div>
    </form>
  )
}
