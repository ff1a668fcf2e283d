import type { JurisdictionSortKey } from '@/lib/schemas/browse'

type Row = {
  code: string
  name: string
  kind: string
  regionName: string | null
  subregionName: string | null
  _count: { instruments: number; definitions: number; ageBenchmarks: number }
}

const value: Record<JurisdictionSortKey, (row: Row) => string | number> = {
  name: (r) => r.name,
  code: (r) => r.code,
  kind: (r) => r.kind,
  region: (r) => r.subregionName ?? r.regionName ?? '',
  instruments: (r) => r._count.instruments,
  definitions: (r) => r._count.definitions,
  ages: (r) => r._count.ageBenchmarks,
}

/** Sorts the jurisdiction list by one column; ties (and empty regions, last) fall back to the name. */
export function sortJurisdictionRows<T extends Row>(rows: T[], sort: JurisdictionSortKey, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'desc' ? -1 : 1
  const get = value[sort]
  return [...rows].sort((a, b) => {
    const x = get(a)
    const y = get(b)
    if (x === '' && y !== '') return 1
    if (y === '' && x !== '') return -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en')
    return sign * order || a.name.localeCompare(b.name, 'en')
  })
}
