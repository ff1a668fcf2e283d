/** Age bands for the ages map; each is also named in words and patterned (never colour alone). */
export const ageBands = [
  { key: 'under-14', label: 'Under 14', min: 0, max: 13, fill: '#0d2a42', ink: '#0d2a42', pattern: 'solid' },
  { key: '14-15', label: '14–15', min: 14, max: 15, fill: '#1d5a8c', ink: '#ffffff', pattern: 'dots' },
  { key: '16-17', label: '16–17', min: 16, max: 17, fill: '#7fb0da', ink: '#0d2a42', pattern: 'hatch' },
  { key: '18-plus', label: '18 and over', min: 18, max: 200, fill: '#e6f0f9', ink: '#1d5a8c', pattern: 'cross' },
  // Set by each state or province (decision 0308): not "no law", so never shaded as no age.
  {
    key: 'varies',
    label: 'Varies: set by each state or province',
    min: -2,
    max: -2,
    fill: '#d1fae5',
    ink: '#065f46',
    pattern: 'hatch',
  },
  { key: 'no-age', label: 'No age set in law', min: -1, max: -1, fill: '#fef3c7', ink: '#92400e', pattern: 'none' },
] as const

export type AgeBandKey = (typeof ageBands)[number]['key']

export function ageBand(age: number | null): AgeBandKey {
  if (age === null) return 'no-age'
  return ageBands.find((b) => b.min >= 0 && age >= b.min && age <= b.max)?.key ?? 'no-age'
}

type Row = { jurisdiction: { name: string }; age: number | null }

/** Sorts by name or by age (no age set sorts last either way), then by name. */
export function sortAgeRows<T extends Row>(rows: T[], sort: 'name' | 'age' | '-age'): T[] {
  const byName = (a: T, b: T) => a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'en')
  if (sort === 'name') return [...rows].sort(byName)
  const dir = sort === 'age' ? 1 : -1
  return [...rows].sort((a, b) => {
    if (a.age === null || b.age === null) return a.age === b.age ? byName(a, b) : a.age === null ? 1 : -1
    return (a.age - b.age) * dir || byName(a, b)
  })
}

/** A jurisdiction with several benchmarks of one kind in force (e.g. by offence) is mapped by its lowest age. */
export function lowestAge(ages: (number | null)[]): number | null {
  const known = ages.filter((a): a is number => a !== null)
  return known.length ? Math.min(...known) : null
}
