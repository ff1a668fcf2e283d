/** A jurisdiction a picker offers; `hasData` false means no law is recorded for it yet. */
export type PickerJurisdiction = { code: string; name: string; hasData?: boolean }
/** A set of jurisdictions added in one action: an organisation's members or a UN M49 region. */
export type PickerGroup = { key: string; kind: 'organisation' | 'region'; label: string; codes: string[] }
/** One suggestion: a jurisdiction, or a group with the codes it would add. */
export type PickerOption = {
  key: string
  kind: 'jurisdiction' | 'organisation' | 'region'
  label: string
  detail: string
  codes: string[]
}

const LIMIT = 40

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()

/** 0 exact code, 1 name starts with, 2 a word starts with, 3 contains (3+ letters); null: no match. */
function rank(text: string, name: string, code: string): number | null {
  const n = fold(name)
  if (fold(code) === text) return 0
  if (n.startsWith(text)) return 1
  if (n.split(/[\s,()'’-]+/).some((word) => word.startsWith(text))) return 2
  if (text.length >= 3 && n.includes(text)) return 3
  return null
}

/**
 * The suggestions for what was typed, best first: jurisdictions (exact code, then name prefix,
 * word prefix, substring; those with recorded law first within a rank), then organisations and
 * regions whose name or code matches, each offering the members not yet chosen. Already-chosen
 * jurisdictions and groups that would add nothing are left out. Empty text suggests nothing.
 */
export function matchPickerOptions({
  text,
  jurisdictions,
  groups,
  chosen,
  groupMembers = 'all',
}: {
  text: string
  jurisdictions: PickerJurisdiction[]
  groups: PickerGroup[]
  chosen: string[]
  groupMembers?: 'all' | 'with-law'
}): PickerOption[] {
  const query = fold(text)
  if (!query) return []
  const taken = new Set(chosen)
  const known = new Map(jurisdictions.map((j) => [j.code, j]))

  const places = jurisdictions
    .filter((j) => !taken.has(j.code))
    .map((j) => ({ j, rank: rank(query, j.name, j.code) }))
    .filter((m): m is { j: PickerJurisdiction; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || Number(b.j.hasData !== false) - Number(a.j.hasData !== false))
    .map(({ j }): PickerOption => ({
      key: `j:${j.code}`,
      kind: 'jurisdiction',
      label: j.name,
      detail: j.hasData === false ? `${j.code} · no law recorded yet` : j.code,
      codes: [j.code],
    }))

  const sets = groups
    .map((g) => ({ g, rank: rank(query, g.label, g.key.replace(/^\w+:/, '')) }))
    .filter((m): m is { g: PickerGroup; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .flatMap(({ g }): PickerOption[] => {
      const members = g.codes.filter((code) => known.has(code))
      const eligible = groupMembers === 'with-law' ? members.filter((c) => known.get(c)!.hasData !== false) : members
      const codes = eligible.filter((code) => !taken.has(code))
      if (codes.length === 0) return []
      const what = groupMembers === 'with-law' ? 'members with law recorded' : 'members'
      return [
        {
          key: g.key,
          kind: g.kind,
          label: g.kind === 'organisation' ? `All members of ${g.label}` : `All of ${g.label} (UN M49 region)`,
          detail: `adds ${codes.length} ${codes.length === 1 ? what.replace('members', 'member') : what}`,
          codes,
        },
      ]
    })

  // Groups first when the text names one exactly ("eu", "coe"), else places first.
  const groupFirst = sets.length > 0 && groups.some((g) => fold(g.key.replace(/^\w+:/, '')) === query)
  const few = places.slice(0, LIMIT)
  return groupFirst ? [...sets, ...few] : [...few, ...sets]
}
