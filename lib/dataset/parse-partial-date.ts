export type PartialDate = { date: Date; precision: 'DAY' | 'MONTH' | 'YEAR' }

/** Treaty dates may be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': read as the first day with its precision; null if the date does not exist. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value)
  if (!match) return null
  const [, year, month, day] = match
  const iso = `${year}-${month ?? '01'}-${day ?? '01'}`
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null
  return { date, precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR' }
}
