import type { StatusDate } from './status-page'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const pad = (n: number) => String(n).padStart(2, '0')

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null
}

/** "26 Jan 1990", "26 January 1990" (UN Treaty Collection); null when it is not such a date or does not exist. */
export function parseDayMonthName(text: string): string | null {
  const match = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text.trim())
  if (!match) return null
  const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase())
  return month < 0 ? null : isoOf(Number(match[3]), month + 1, Number(match[1]))
}

/** "29/09/2006" or "02-12-2026" (day first, as both depositaries write it). */
export function parseDayFirst(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim())
  return match ? isoOf(Number(match[3]), Number(match[2]), Number(match[1])) : null
}

export const fullDate = (iso: string): StatusDate => ({ date: iso, precision: 'DAY' })
