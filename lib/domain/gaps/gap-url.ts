import type { GapPageParams } from '@/lib/schemas/gaps'

/** The /gaps URL for a state: defaults left out, so shared links stay short and stable. */
export function gapsHref(state: Partial<GapPageParams>, hash?: string): string {
  const q = new URLSearchParams()
  if (state.standard) q.set('standard', state.standard)
  if (state.asOf) q.set('asOf', state.asOf)
  if (state.region) q.set('region', state.region)
  if (state.org) q.set('org', state.org)
  if (state.kind) q.set('kind', state.kind)
  for (const code of state.j ?? []) q.append('j', code)
  if (state.show && state.show !== 'all') q.set('show', state.show)
  if (state.sort && state.sort !== 'name') q.set('sort', state.sort)
  if (state.cell) q.set('cell', `${state.cell.code}:${state.cell.criterion}`)
  const query = q.toString()
  return `/gaps${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`
}

/** The same filters for the API (export links). */
export function gapsApiHref(state: Partial<GapPageParams>, format: 'csv' | 'json'): string {
  const href = gapsHref({ ...state, cell: undefined })
  const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : ''
  return `/api/v1/gaps?${query ? `${query}&` : ''}format=${format}`
}
