import { getWorldShapes, MAP_HEIGHT, MAP_WIDTH } from '@/lib/domain/world-shapes'
import { ChoroplethMap, type MapProps } from './choropleth-map'

export type { MapCategory, MapValue } from './choropleth-map'

/** Countries keyed by UN M49 code, in the Equal Earth projection. */
export function WorldMap(props: MapProps) {
  const { shapes, sphere } = getWorldShapes()
  return (
    <ChoroplethMap
      {...props}
      shapes={shapes}
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      background={sphere}
      testId="world-map"
      idAttribute="data-m49"
      legendLabel="Map legend"
    />
  )
}
