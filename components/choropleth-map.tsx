import { useId } from 'react'

/**
 * A server-rendered choropleth (SVG, no client JavaScript). Categories carry a pattern as well as a
 * colour, the legend names them in words with counts, and each shape has a <title>. The same data
 * must be given as a table next to the map (pages do): the map is a picture of that table.
 * WorldMap (countries by M49 code) and UsStateMap (states by ISO 3166-2 code) draw through it.
 */
type MapPattern = 'solid' | 'hatch' | 'cross' | 'dots' | 'none'
export type MapCategory = { key: string; label: string; fill: string; ink: string; pattern: MapPattern }
export type MapValue = { category: string; label: string }

const NO_DATA: MapCategory = {
  key: '__none',
  label: 'No data recorded',
  fill: '#ffffff',
  ink: '#94a3b8',
  pattern: 'none',
}

function PatternDef({ id, category }: { id: string; category: MapCategory }) {
  const { fill, ink, pattern } = category
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6">
      <rect width="6" height="6" fill={fill} />
      {pattern === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={ink} strokeWidth="1.2" />}
      {pattern === 'cross' && (
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" stroke={ink} strokeWidth="1" />
      )}
      {pattern === 'dots' && <circle cx="3" cy="3" r="1.3" fill={ink} />}
    </pattern>
  )
}

export type MapProps = {
  title: string
  description: string
  categories: MapCategory[]
  values: Map<string, MapValue>
  note?: string
}
type MapShape = { id: string | null; name: string; d: string }
type Frame = {
  shapes: MapShape[]
  width: number
  height: number
  /** an outline drawn under the shapes (the globe) */
  background?: string
  testId: string
  /** the data attribute naming each shape's id, e.g. data-m49 */
  idAttribute: `data-${string}`
  legendLabel: string
}

export function ChoroplethMap(props: MapProps & Frame) {
  const {
    title,
    description,
    categories,
    values,
    note,
    shapes,
    width,
    height,
    background,
    testId,
    idAttribute,
    legendLabel,
  } = props
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const all = [...categories, NO_DATA]
  const fillFor = (key: string) => `url(#${uid}-${key})`
  const counts = new Map<string, number>()
  for (const v of values.values()) counts.set(v.category, (counts.get(v.category) ?? 0) + 1)

  return (
    <figure className="mx-auto max-w-5xl rounded-lg border border-slate-200 bg-white p-3">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        className="h-auto w-full"
        data-testid={testId}
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>{description}</desc>
        <defs>
          {all.map((c) => (
            <PatternDef key={c.key} id={`${uid}-${c.key}`} category={c} />
          ))}
        </defs>
        {background && <path d={background} fill="#f1f5f9" stroke="#cbd5e1" />}
        {shapes.map((shape, i) => {
          const value = shape.id ? values.get(shape.id) : undefined
          const category = value ? (all.find((c) => c.key === value.category) ?? NO_DATA) : NO_DATA
          return (
            <path
              key={`${shape.id ?? 'x'}-${i}`}
              d={shape.d}
              fill={fillFor(category.key)}
              stroke="#334155"
              strokeWidth="0.4"
              {...{ [idAttribute]: shape.id ?? undefined }}
            >
              <title>{`${shape.name}: ${value?.label ?? NO_DATA.label}`}</title>
            </path>
          )
        })}
      </svg>
      <figcaption className="mt-2">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={legendLabel}>
          {all.map((c) => (
            <li key={c.key} className="flex items-center gap-1.5">
              <svg width="22" height="14" aria-hidden="true" className="shrink-0">
                <defs>
                  <PatternDef id={`${uid}-legend-${c.key}`} category={c} />
                </defs>
                <rect x="0.5" y="0.5" width="21" height="13" fill={`url(#${uid}-legend-${c.key})`} stroke="#334155" />
              </svg>
              {c.label}
              {c.key !== NO_DATA.key && <span className="text-slate-700"> ({counts.get(c.key) ?? 0})</span>}
            </li>
          ))}
        </ul>
        {note && <p className="mt-1 text-xs text-slate-700">{note}</p>}
      </figcaption>
    </figure>
  )
}
