import { formatLegalDate } from '@/lib/domain/labels'

type VersionOption = {
  id: string
  expressionUri: string
  language: string
  asAt: Date | null
  validFrom: Date | null
  validTo: Date | null
}

export function describeVersion(v: VersionOption) {
  const from = v.validFrom ?? v.asAt
  return `${v.language.toUpperCase()} text${from ? ` as at ${formatLegalDate(from)}` : ', undated'}${v.validTo ? ` (until ${formatLegalDate(v.validTo)})` : ''}`
}

/**
 * Two plain GET forms: pick a version, or a date to see the version in force then. They work
 * without JavaScript and with the keyboard (a real <select>, a date field, a button each).
 */
export function VersionSelector({
  versions,
  shownId,
  date,
}: {
  versions: VersionOption[]
  shownId: string | null
  date?: string
}) {
  const control = 'mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm'
  return (
    <div className="flex flex-wrap items-end gap-6">
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="version-select" className="text-sm font-medium">
            Version
          </label>
          <select
            id="version-select"
            name="version"
            defaultValue={versions.find((v) => v.id === shownId)?.expressionUri}
            className={control}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.expressionUri}>
                {describeVersion(v)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
          Show version
        </button>
      </form>
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="version-date" className="text-sm font-medium">
            In force on
          </label>
          <input id="version-date" type="date" name="date" defaultValue={date} className={control} />
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
          Show
        </button>
      </form>
    </div>
  )
}
