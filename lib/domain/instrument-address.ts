import { pickCurrentVersions, type VersionCandidate } from './current-version'

/**
 * /instruments/<id>, /instruments/akn/gb/act/2023/50 (the work) or
 * /instruments/akn/gb/act/2023/50/eng@2025-01-01 (one expression of it): what the path names.
 */
export function parseInstrumentPath(slug: string[]): { key: string; expressionUri: string | null } {
  const parts = slug.map((part) => decodeURIComponent(part))
  if (parts[0] !== 'akn') return { key: parts.join('/'), expressionUri: null }
  const last = parts.at(-1) ?? ''
  if (/^[a-z]{3}@/.test(last) && parts.length > 2) {
    const work = `/${parts.slice(0, -1).join('/')}`
    return { key: work, expressionUri: `${work}/${last}` }
  }
  return { key: `/${parts.join('/')}`, expressionUri: null }
}

/**
 * Which version a page shows: the expression the path or `?version=` names, else the one in force
 * on `?date=` (the version valid that day, as for comparisons), else the current one.
 * `missing` says the request named something that is not there (the page says so).
 */
export function chooseVersion<T extends VersionCandidate & { expressionUri: string }>(
  versions: T[],
  request: { expressionUri?: string | null; version?: string; date?: string },
): { version: T | null; missing: 'expression' | 'date' | null } {
  const named = request.expressionUri ?? request.version
  if (named) {
    const found = versions.find((v) => v.expressionUri === named || v.id === named)
    if (found) return { version: found, missing: null }
    if (request.expressionUri) return { version: null, missing: 'expression' }
  }
  if (request.date) {
    const day = new Date(`${request.date}T00:00:00Z`)
    const inForce = versions.filter(
      (v) =>
        (v.validFrom ?? v.asAt) !== null &&
        (v.validFrom ?? v.asAt)!.getTime() <= day.getTime() &&
        (!v.validTo || v.validTo.getTime() > day.getTime()),
    )
    const picked = pickCurrentVersions(inForce, day).values().next().value ?? null
    return { version: picked, missing: picked ? null : 'date' }
  }
  return { version: pickCurrentVersions(versions).values().next().value ?? null, missing: null }
}
