import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { cell, parseCsvRecords } from './csv'

/**
 * The 249 countries and territories of ISO 3166-1 with their UN M49 classification, from
 * prisma/data/reference/countries/country-codes.csv (datasets/country-codes, PDDL).
 */
export type CountryRecord = {
  code: string
  iso3: string | null
  name: string
  officialName: string | null
  m49Code: string | null
  regionCode: string | null
  regionName: string | null
  subregionCode: string | null
  subregionName: string | null
  /** STATE, or TERRITORY of `sovereign`, or OTHER (decision 0307) */
  kind: 'STATE' | 'TERRITORY' | 'OTHER'
  /** ISO alpha-2 of the state a territory belongs to */
  sovereign: string | null
  /** the reference's words for the tie ("Territory of", "Part of", "Crown dependency of" …) */
  sovereignRelation: string | null
}

/**
 * The kind of a country-code row from its `is_independent` column: "Yes" → STATE; "<relation> <CODE>"
 * ("Territory of GB", "Part of NL", "Crown dependency of GB", "Associated with NZ", "Commonwealth of
 * US", "Territories of US") → TERRITORY of CODE; "International" (Antarctica) → OTHER. "In contention"
 * keeps STATE for Palestine (a UN observer State and party to treaties recorded here) and is OTHER
 * for Western Sahara (a non-self-governing territory with no recognised sovereign).
 */
export function classifyCountry(
  code: string,
  isIndependent: string | null,
): Pick<CountryRecord, 'kind' | 'sovereign' | 'sovereignRelation'> {
  const value = (isIndependent ?? '').trim()
  const tie = /^(.+?) ([A-Z]{2})$/.exec(value)
  if (tie && tie[1] !== 'In')
    return {
      kind: 'TERRITORY',
      sovereign: tie[2],
      sovereignRelation: tie[1] === 'Territories of' ? 'Territory of' : tie[1],
    }
  if (value === 'International' || (value === 'In contention' && code !== 'PS'))
    return { kind: 'OTHER', sovereign: null, sovereignRelation: null }
  return { kind: 'STATE', sovereign: null, sovereignRelation: null }
}

export const COUNTRY_CODES_FILE = path.join('reference', 'countries', 'country-codes.csv')
export const M49_SOURCE_URL = 'https://unstats.un.org/unsd/methodology/m49/'

/** M49 codes are three digits ("004" Afghanistan, "002" Africa); the source file drops the zeros. */
function padM49(code: string | null): string | null {
  return code && /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : code
}

export function parseCountryCodes(text: string): { countries: CountryRecord[]; issues: string[] } {
  const countries: CountryRecord[] = []
  const issues: string[] = []
  const seen = new Set<string>()
  for (const [index, record] of parseCsvRecords(text).entries()) {
    const code = cell(record, 'ISO3166-1-Alpha-2')
    const name = displayName(cell(record, 'CLDR display name') ?? cell(record, 'official_name_en'))
    if (!code || !/^[A-Z]{2}$/.test(code) || !name) {
      issues.push(`row ${index + 2}: no ISO alpha-2 code or name`)
      continue
    }
    if (seen.has(code)) {
      issues.push(`row ${index + 2}: duplicate code ${code}`)
      continue
    }
    seen.add(code)
    countries.push({
      code,
      iso3: cell(record, 'ISO3166-1-Alpha-3'),
      name,
      officialName: cell(record, 'UNTERM English Formal'),
      m49Code: padM49(cell(record, 'M49')),
      regionCode: padM49(cell(record, 'Region Code')),
      regionName: cell(record, 'Region Name'),
      subregionCode: padM49(cell(record, 'Sub-region Code')),
      subregionName: cell(record, 'Sub-region Name'),
      ...classifyCountry(code, cell(record, 'is_independent')),
    })
  }
  return { countries, issues }
}

/** Reads the countries file of a dataset folder; a missing file yields no countries and one issue. */
export function readCountries(dataDir: string): { countries: CountryRecord[]; issues: string[] } {
  const file = path.join(dataDir, COUNTRY_CODES_FILE)
  if (!existsSync(file)) return { countries: [], issues: [`${COUNTRY_CODES_FILE} not found`] }
  return parseCountryCodes(readFileSync(file, 'utf8'))
}

/**
 * CLDR's display names are the friendly short forms people search for ("Russia", "Laos"), but a
 * few are abbreviations or use "&" and dashes that read badly in a legal database.
 */
const DISPLAY_NAME_FIXES: Record<string, string> = {
  UK: 'United Kingdom',
  US: 'United States',
  Bosnia: 'Bosnia and Herzegovina',
  'Congo - Brazzaville': 'Congo',
  'Congo - Kinshasa': 'Democratic Republic of the Congo',
  'U.S. Outlying Islands': 'United States Minor Outlying Islands',
  'U.S. Virgin Islands': 'United States Virgin Islands',
}

export function displayName(name: string | null): string | null {
  if (!name) return name
  return DISPLAY_NAME_FIXES[name] ?? name.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ')
}
