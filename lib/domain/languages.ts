/**
 * Language codes: the dataset and the importers store ISO 639-3 ("deu"); HTML's `lang` wants BCP 47,
 * which uses the two-letter ISO 639-1 code where one exists ("de") and the three-letter code
 * otherwise.
 */
const twoToThree: Record<string, string> = {
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
  ar: 'ara',
  id: 'ind',
  ja: 'jpn',
  ko: 'kor',
  ru: 'rus',
  th: 'tha',
  tr: 'tur',
  vi: 'vie',
  zh: 'zho',
  ms: 'msa',
  hi: 'hin',
  uk: 'ukr',
  no: 'nor',
  is: 'isl',
}
const threeToTwo = new Map(Object.entries(twoToThree).map(([two, three]) => [three, two]))

/** ISO 639-1 or 639-3 (any case, "en-GB" too) → ISO 639-3. */
export function toLanguage3(raw: string | undefined, fallback = 'eng') {
  const code = raw?.trim().toLowerCase().split(/[-_]/)[0]
  if (!code) return fallback
  if (code.length === 3) return code
  return twoToThree[code] ?? fallback
}

/** A stored ISO 639-3 code as an HTML `lang` value (BCP 47); undefined for anything else. */
export function htmlLang(language: string | null | undefined): string | undefined {
  const code = language?.trim().toLowerCase()
  if (!code || !/^[a-z]{3}$/.test(code)) return undefined
  return threeToTwo.get(code) ?? code
}
