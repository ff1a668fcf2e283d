/**
 * Ages set below national level (decision 0308). In a federation (the United States, Canada,
 * Australia …) many ages are set by each state or province, not by the nation: the national row
 * then has no age of its own — and must read "set by each state or province: 16–18 (51 units)",
 * shaded "varies" on maps, never "no age set in law".
 */
export type BelowNational = { min: number; max: number; units: number }

/** Per national jurisdiction id, the range of ages its sub-national units set, from their benchmarks (ages in force). */
export function summariseBelowNational(
  rows: { parentId: string | null; jurisdictionId: string; age: number | null }[],
): Map<string, BelowNational> {
  const byParent = new Map<string, { ages: number[]; units: Set<string> }>()
  for (const r of rows) {
    if (!r.parentId || r.age === null) continue
    const entry = byParent.get(r.parentId) ?? { ages: [], units: new Set<string>() }
    entry.ages.push(r.age)
    entry.units.add(r.jurisdictionId)
    byParent.set(r.parentId, entry)
  }
  return new Map(
    [...byParent].map(([id, e]) => [id, { min: Math.min(...e.ages), max: Math.max(...e.ages), units: e.units.size }]),
  )
}

/** "Set by each state or province: 16–18 (51 units)". */
export function describeBelowNational(b: BelowNational): string {
  const range = b.min === b.max ? `${b.min}` : `${b.min}–${b.max}`
  return `Set by each state or province: ${range} (${b.units} ${b.units === 1 ? 'unit' : 'units'})`
}

/** The national value stands when the nation sets an age itself; otherwise the sub-national range does. */
export function nationalSetsAge(ages: (number | null)[]): boolean {
  return ages.some((a) => a !== null)
}
