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

const languages: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  it: 'ita',
  es: 'spa',
  pt: 'por',
  nl: 'nld',
  cy: 'cym',
  ga: 'gle',
  pl: 'pol',
  sv: 'swe',
  da: 'dan',
  fi: 'fin',
  el: 'ell',
  cs: 'ces',
  sk: 'slk',
  sl: 'slv',
  hu: 'hun',
  ro: 'ron',
  bg: 'bul',
  hr: 'hrv',
  et: 'est',
  lv: 'lav',
  lt: 'lit',
  mt: 'mlt',
  af: 'afr',
  zu: 'zul',
  xh: 'xho',
  sw: 'swa',
}

/** ISO 639-1 or 639-3 (any case, "en-GB" too) → ISO 639-3. */
export function toLanguage3(raw: string | undefined, fallback = 'eng') {
  const code = raw?.trim().toLowerCase().split(/[-_]/)[0]
  if (!code) return fallback
  if (code.length === 3) return code
  return languages[code] ?? fallback
}
