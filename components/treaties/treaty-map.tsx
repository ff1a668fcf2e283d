import { WorldMap, type MapCategory, type MapValue } from '@/components/world-map'
import { getWorldShapes } from '@/lib/domain/world-shapes'
import { formatLegalDate } from '@/lib/domain/labels'
import type { StatusRow } from '@/lib/domain/treaties/status-table'

const categories: MapCategory[] = [
  { key: 'party', label: 'Party (ratified, acceded …)', fill: '#1d5a8c', ink: '#1d5a8c', pattern: 'solid' },
  { key: 'signatory', label: 'Signed, not ratified', fill: '#d5e6f5', ink: '#1d5a8c', pattern: 'hatch' },
  { key: 'denounced', label: 'Denounced', fill: '#fde68a', ink: '#92400e', pattern: 'cross' },
  { key: 'none', label: 'No action recorded by this date', fill: '#f1f5f9', ink: '#475569', pattern: 'dots' },
]
const words = { party: 'party', signatory: 'signatory', denounced: 'denounced', none: 'no action recorded' } as const

/** The treaty's status map from the status table's rows: states only (organisations and sub-national units have no outline). */
export function TreatyMap({ title, rows, dateText }: { title: string; rows: StatusRow[]; dateText: string }) {
  const values = new Map<string, MapValue>()
  const drawn = new Set(getWorldShapes().shapes.map((s) => s.id))
  const hidden: string[] = []
  for (const row of rows) {
    const m49 = row.participant.m49Code
    if ((row.participant.kind !== 'STATE' && row.participant.kind !== 'TERRITORY') || !m49) continue
    const since = row.status.since ? ` since ${formatLegalDate(row.status.since, row.status.precision)}` : ''
    values.set(m49, { category: row.status.status, label: `${words[row.status.status]}${since}` })
    if (!drawn.has(m49)) hidden.push(row.participant.name)
  }
  return (
    <WorldMap
      title={`${title}: status by state on ${dateText}`}
      description={`Choropleth of ${values.size} states with a recorded action. The table below gives the same data.`}
      categories={categories}
      values={values}
      note={
        hidden.length
          ? `Too small to show at this scale: ${hidden.join(', ')}. The table lists every jurisdiction.`
          : undefined
      }
    />
  )
}
