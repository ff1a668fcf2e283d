import { cell, parseCsvRecords } from '@/lib/dataset/csv'
import { displayName } from '@/lib/dataset/countries'

/**
 * Participant names as the depositaries print them → ISO 3166-1 alpha-2 codes (or LexBridge
 * organisation codes). Built from the country reference (CLDR display name, official English
 * name, UNTERM short and formal names), plus the historic and long forms the depositaries use
 * that the reference lacks. Matching ignores case, accents, apostrophe style and "(the)".
 */
const EXTRA_NAMES: Record<string, string> = {
  Türkiye: 'TR',
  Turkey: 'TR',
  'Holy See': 'VA',
  'State of Palestine': 'PS',
  "Côte d'Ivoire": 'CI',
  'Czech Republic': 'CZ',
  'Cape Verde': 'CV',
  Swaziland: 'SZ',
  'The former Yugoslav Republic of Macedonia': 'MK',
  'Netherlands (Kingdom of the)': 'NL',
  'Kingdom of the Netherlands': 'NL',
  'United Kingdom': 'GB',
  'United States': 'US',
  'Republic of Moldova': 'MD',
  'Russian Federation': 'RU',
  'Republic of Korea': 'KR',
  "Democratic People's Republic of Korea": 'KP',
  'Cook Islands': 'CK',
  Niue: 'NU',
  'European Union': 'EU',
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\(the\)/gi, '')
    .replace(/^the /i, '')
    .replace(/[^a-z0-9'() ]+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

export type CountryNameResolver = (name: string) => string | null

/** A resolver over the country reference file's text (prisma/data/reference/countries/country-codes.csv). */
export function countryNameResolver(countryCsv: string, extraNames: Record<string, string> = {}): CountryNameResolver {
  const index = new Map<string, string>()
  for (const record of parseCsvRecords(countryCsv)) {
    const code = cell(record, 'ISO3166-1-Alpha-2')
    if (!code || !/^[A-Z]{2}$/.test(code)) continue
    const names = [
      displayName(cell(record, 'CLDR display name')),
      cell(record, 'official_name_en'),
      cell(record, 'UNTERM English Short'),
      cell(record, 'UNTERM English Formal'),
    ]
    for (const name of names) if (name && !index.has(normaliseName(name))) index.set(normaliseName(name), code)
  }
  for (const [name, code] of Object.entries({ ...EXTRA_NAMES, ...extraNames })) index.set(normaliseName(name), code)
  return (name) => index.get(normaliseName(name)) ?? null
}
