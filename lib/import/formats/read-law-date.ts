import type { LawDate } from './law-document'

/** "2002", "2002-02", "2002-02-28" (also "20020228" and a date-time) → LawDate; undefined when not a date. */
export function toLawDate(raw: string | undefined): LawDate | undefined {
  const value = raw?.trim()
  if (!value) return undefined
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{6})?$/.exec(value)
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value.replace(/T.*$/, '')
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m) return undefined
  const [, y, mo, d] = m
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return undefined
  if (d) {
    const date = new Date(`${y}-${mo}-${d}T00:00:00Z`)
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return undefined
    return { value: `${y}-${mo}-${d}`, precision: 'DAY' }
  }
  return mo ? { value: `${y}-${mo}`, precision: 'MONTH' } : { value: y, precision: 'YEAR' }
}
