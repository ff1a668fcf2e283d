import Link from 'next/link'

/** The labelled controls of a GET filter form (browse lists), so every list looks and reads the same. */
const controlClass = 'mt-1 w-full rounded-md border border-slate-400 px-3 py-2'

export function TextFilter({
  name,
  label,
  defaultValue,
  placeholder,
}: {
  name: string
  label: string
  defaultValue?: string
  placeholder?: string
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="search"
        defaultValue={defaultValue ?? ''}
        placeholder={placeholder}
        className={controlClass}
      />
    </div>
  )
}

export function SelectFilter({
  name,
  label,
  defaultValue,
  allLabel,
  options,
}: {
  name: string
  label: string
  defaultValue?: string
  allLabel: string
  options: { value: string; label: string }[]
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={defaultValue ?? ''} className={controlClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Submit, and a link back to the unfiltered list while any filter is set. */
export function FilterButtons({ clearHref, filtered }: { clearHref: string; filtered: boolean }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Filter
      </button>
      {filtered && (
        <Link href={clearHref} className="px-2 py-2 text-sm">
          Clear
        </Link>
      )}
    </div>
  )
}

/** "12 jurisdictions match these filters." ("1 … matches") — announced to screen readers when the list changes. */
export function ResultCount({
  count,
  singular,
  plural,
  filtered,
  suffix,
}: {
  count: number
  singular: string
  plural: string
  filtered: boolean
  suffix?: string
}) {
  return (
    <p className="mt-4 text-sm text-slate-700" role="status">
      {count === 1 ? `1 ${singular}` : `${count.toLocaleString('en-GB')} ${plural}`}
      {filtered ? (count === 1 ? ' matches these filters.' : ' match these filters.') : '.'}
      {suffix}
    </p>
  )
}
