import { getUsStateShapes, US_MAP_HEIGHT, US_MAP_WIDTH } from '@/lib/domain/us-state-shapes'
import { ChoroplethMap, type MapProps } from './choropleth-map'

/** The 50 US states and DC keyed by ISO 3166-2 code (US-CA), with Alaska and Hawaii inset. */
export function UsStateMap(props: MapProps) {
  return (
    <ChoroplethMap
      {...props}
      shapes={getUsStateShapes()}
      width={US_MAP_WIDTH}
      height={US_MAP_HEIGHT}
      testId="us-state-map"
      idAttribute="data-code"
      legendLabel="US map legend"
    />
  )
}
