import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import topology from 'world-atlas/countries-110m.json'
import { compactPath } from './compact-path'

/** One country outline, projected once per process: `id` is the ISO 3166-1 numeric code (= M49). */
type CountryShape = { id: string | null; name: string; d: string }

export const MAP_WIDTH = 960
export const MAP_HEIGHT = 470
const ANTARCTICA = '010'

let cache: { shapes: CountryShape[]; sphere: string } | null = null

/**
 * Natural Earth 1:110m outlines (world-atlas) in the Equal Earth projection, an equal-area
 * projection so large countries do not dominate a choropleth. Antarctica is left out.
 */
export function getWorldShapes() {
  if (cache) return cache
  const topo = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const countries = feature(topo, topo.objects.countries)
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  )
  const path = geoPath(projection).digits(1)
  const shapes = countries.features
    .filter((f) => f.id !== ANTARCTICA)
    .map((f) => ({
      id: f.id === undefined ? null : String(f.id).padStart(3, '0'),
      name: f.properties?.name ?? 'Unnamed',
      d: compactPath(path(f) ?? ''),
    }))
    .filter((s) => s.d)
  cache = { shapes, sphere: path({ type: 'Sphere' }) ?? '' }
  return cache
}
