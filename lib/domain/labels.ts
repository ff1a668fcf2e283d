export const jurisdictionKindFromParam = {
  state: 'STATE',
  subnational: 'SUBNATIONAL',
  'regional-organisation': 'REGIONAL_ORGANISATION',
  'international-organisation': 'INTERNATIONAL_ORGANISATION',
  territory: 'TERRITORY',
  other: 'OTHER',
} as const

/** Formats a date stored as DATE with its precision: 2011-01-01 + YEAR → "2011". */
export function formatLegalDate(date: Date | null | undefined, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY'): string {
  if (!date) return 'date not recorded'
  const iso = date.toISOString().slice(0, 10)
  if (precision === 'YEAR') return iso.slice(0, 4)
  if (precision === 'MONTH') return new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}
