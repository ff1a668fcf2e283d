import type { LawDate } from '../formats/law-document'

/**
 * A LawDate as a calendar day: a year or a month counts from its first day (the earliest day the
 * text can be valid from). `null` when the value is not a real date.
 */
export function lawDateToDay(date: LawDate | undefined): Date | null {
  if (!date) return null
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.value.trim())
  if (!match) return null
  const [year, month = '01', day = '01'] = [match[1], match[2], match[3]]
  const value = new Date(`${year}-${month}-${day}T00:00:00Z`)
  return Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== `${year}-${month}-${day}` ? null : value
}
