/**
 * The one formatter for dates that may be partial. Treaty actions (and some other dates) are
 * known only to the year or month: stored as the first day with a precision, they must never
 * come out as "2012-01-01". Pages use `formatPartialDate` ("2012", "May 2011", "31 May 2011");
 * the API and exports use `partialIsoDate` ("2012", "2011-05", "2011-05-31").
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR'

/** "2011-05-31" (UTC) — the one day formatter; null without a date. */
export function isoDay(date: Date): string
export function isoDay(date: Date | null | undefined): string | null
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null
}

/** ISO 8601 at the date's precision: "2012", "2011-05" or "2011-05-31"; null without a date. */
export function partialIsoDate(date: Date | null | undefined, precision: DatePrecision = 'DAY'): string | null {
  if (!date) return null
  const iso = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso
}

/** For people: "2012", "May 2011", "31 May 2011" (British English, UTC); `empty` without a date. */
export function formatPartialDate(
  date: Date | null | undefined,
  precision: DatePrecision = 'DAY',
  empty = 'date not recorded',
): string {
  if (!date) return empty
  const options: Intl.DateTimeFormatOptions =
    precision === 'YEAR'
      ? { year: 'numeric' }
      : precision === 'MONTH'
        ? { month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' }
  return date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' })
}
