import type { CompareOptions } from '@/lib/data/compare/find-compare-options'
import { MAX_COMPARE_JURISDICTIONS } from '@/lib/schemas/compare'

type Jurisdiction = CompareOptions['jurisdictions'][number]

/**
 * Jurisdiction checkboxes (name `j`) for a plain GET form: works without JavaScript and with the
 * keyboard. Jurisdictions with recorded law come first; the rest sit behind a disclosure so ~300
 * boxes do not bury the useful ones. Chosen ones are always visible.
 */
export function JurisdictionPicker({ jurisdictions, selected }: { jurisdictions: Jurisdiction[]; selected: string[] }) {
  const chosen = new Set(selected)
  const main = jurisdictions.filter((j) => j.hasData || chosen.has(j.code))
  const others = jurisdictions.filter((j) => !j.hasData && !chosen.has(j.code))
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold text-slate-900">
        Jurisdictions{' '}
        <span className="font-normal text-slate-700">
          (choose 2 to {MAX_COMPARE_JURISDICTIONS}; {selected.length} chosen)
        </span>
      </legend>
      {main.length === 0 && (
        <p className="mt-2 text-sm text-slate-700">
          No jurisdiction has recorded law yet; choose from the full list below.
        </p>
      )}
      <ul className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {main.map((j) => (
          <Checkbox key={j.code} jurisdiction={j} checked={chosen.has(j.code)} />
        ))}
      </ul>
      {others.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-700">
            Other jurisdictions, no law recorded yet ({others.length})
          </summary>
          <ul className="mt-2 grid max-h-64 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2 lg:grid-cols-4">
            {others.map((j) => (
              <Checkbox key={j.code} jurisdiction={j} checked={false} />
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  )
}

function Checkbox({ jurisdiction, checked }: { jurisdiction: Jurisdiction; checked: boolean }) {
  const id = `j-${jurisdiction.code}`
  return (
    <li className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name="j"
        value={jurisdiction.code}
        defaultChecked={checked}
        className="mt-1 size-4 accent-brand-700"
      />
      <label htmlFor={id}>
        {jurisdiction.name} <span className="font-mono text-xs text-slate-600">{jurisdiction.code}</span>
      </label>
    </li>
  )
}
