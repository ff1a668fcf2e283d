import { formatPartialDate, type DatePrecision } from './format-partial-date'

export const jurisdictionKindFromParam = {
  state: 'STATE',
  subnational: 'SUBNATIONAL',
  'regional-organisation': 'REGIONAL_ORGANISATION',
  'international-organisation': 'INTERNATIONAL_ORGANISATION',
  territory: 'TERRITORY',
  other: 'OTHER',
} as const

/** Formats a date stored as DATE with its precision: 2011-01-01 + YEAR → "2011" (lib/domain/partial-date.ts). */
export const formatLegalDate = (date: Date | null | undefined, precision: DatePrecision = 'DAY') =>
  formatPartialDate(date, precision)
