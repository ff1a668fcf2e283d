/**
 * Which version (expression) of an instrument a comparison shows. LexBridge compares the law as
 * it stands: the version valid today; failing that (only future or undated versions recorded),
 * the one that starts latest. Among equals, English first (the interface language), then the
 * newest "as at" date. See docs/decisions/0201-compare-current-version.md.
 */
export type VersionCandidate = {
  id: string
  instrumentId: string
  language: string
  asAt: Date | null
  validFrom: Date | null
  validTo: Date | null
}

const time = (date: Date | null) => (date ? date.getTime() : Number.NEGATIVE_INFINITY)

function isValidOn(version: VersionCandidate, day: number) {
  return time(version.validFrom) <= day && (version.validTo === null || version.validTo.getTime() > day)
}

function isBetter(a: VersionCandidate, b: VersionCandidate) {
  const start = time(a.validFrom ?? a.asAt) - time(b.validFrom ?? b.asAt)
  if (start !== 0) return start > 0
  const english = Number(a.language === 'eng') - Number(b.language === 'eng')
  if (english !== 0) return english > 0
  return time(a.asAt) > time(b.asAt)
}

/** One version per instrument: instrumentId → version. */
export function pickCurrentVersions<T extends VersionCandidate>(
  versions: T[],
  today: Date = new Date(),
): Map<string, T> {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  const byInstrument = new Map<string, T[]>()
  for (const version of versions) {
    const list = byInstrument.get(version.instrumentId) ?? []
    list.push(version)
    byInstrument.set(version.instrumentId, list)
  }
  const picked = new Map<string, T>()
  for (const [instrumentId, list] of byInstrument) {
    const valid = list.filter((version) => isValidOn(version, day))
    const pool = valid.length ? valid : list
    picked.set(
      instrumentId,
      pool.reduce((best, version) => (isBetter(version, best) ? version : best)),
    )
  }
  return picked
}
