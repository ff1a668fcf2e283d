import { geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import topology from 'us-atlas/states-albers-10m.json'
import { compactPath } from './compact-path'

/** One state outline; `id` is its ISO 3166-2 code (US-CA), the code LexBridge gives sub-national units. */
type StateShape = { id: string; name: string; d: string }

/** us-atlas's Albers USA outlines are already projected to this frame. */
export const US_MAP_WIDTH = 975
export const US_MAP_HEIGHT = 610

/** FIPS 5-2 state codes (us-atlas ids) to USPS codes, which ISO 3166-2:US uses after "US-". */
const FIPS_TO_USPS: Record<string, string> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
}

let cache: StateShape[] | null = null

/**
 * The 50 states and the District of Columbia (us-atlas, Census Bureau cartographic boundaries at
 * 1:10m, in the Albers USA projection with Alaska and Hawaii inset), as SVG paths, computed once.
 */
export function getUsStateShapes(): StateShape[] {
  if (cache) return cache
  const topo = topology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>
  const path = geoPath().digits(1)
  cache = feature(topo, topo.objects.states)
    .features.map((f) => ({
      usps: FIPS_TO_USPS[String(f.id)],
      name: f.properties?.name ?? 'Unnamed',
      d: compactPath(path(f) ?? ''),
    }))
    .filter((s) => s.usps && s.d)
    .map(({ usps, name, d }) => ({ id: `US-${usps}`, name, d }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return cache
}
