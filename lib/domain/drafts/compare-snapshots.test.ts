import { describe, expect, it } from 'vitest'
import { compareSnapshots } from './compare-snapshots'
import type { DraftSnapshotData } from './draft-snapshot'

const clause = (id: string, text: string, extra: Partial<DraftSnapshotData['clauses'][number]> = {}) => ({
  id,
  heading: `Clause ${id}`,
  text,
  sourceCitation: null,
  links: [],
  ...extra,
})
const v1: DraftSnapshotData = {
  title: 'Model law on grooming',
  purpose: null,
  jurisdictions: [{ code: 'GB', name: 'United Kingdom' }],
  clauses: [
    clause('a', 'Each Party shall criminalise the proposal to meet a child.'),
    clause('b', 'Attempts are punishable.'),
    clause('c', 'Sanctions shall be effective.'),
  ],
}

describe('compareSnapshots', () => {
  it('reports nothing for identical versions', () => {
    const diff = compareSnapshots(v1, v1)
    expect(diff.changeCount).toBe(0)
    expect(diff.clauses.map((c) => c.change)).toEqual(['unchanged', 'unchanged', 'unchanged'])
  })

  it('word-diffs an edited clause and keeps it as one changed clause', () => {
    const v2 = {
      ...v1,
      clauses: [
        clause('a', 'Each Party shall criminalise the online proposal to meet a child.', {
          links: ['Lanzarote art. 23'],
        }),
        v1.clauses[1],
        v1.clauses[2],
      ],
    }
    const [a] = compareSnapshots(v1, v2).clauses
    expect(a.change).toBe('changed')
    expect(a.text.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['online'])
    expect(a.linksAdded).toEqual(['Lanzarote art. 23'])
  })

  it('shows added and removed clauses in place, without marking the others as moved', () => {
    const v2 = { ...v1, clauses: [v1.clauses[0], clause('d', 'New duty to report.'), v1.clauses[2]] }
    const diff = compareSnapshots(v1, v2)
    expect(diff.clauses.map((c) => [c.id, c.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['d', 'added'],
      ['c', 'unchanged'],
    ])
    expect(diff.changeCount).toBe(2)
  })

  it('notices reordering, title, purpose and participant changes', () => {
    const v2: DraftSnapshotData = {
      title: 'Model law on online grooming',
      purpose: 'Harmonise.',
      jurisdictions: [{ code: 'DE', name: 'Germany' }],
      clauses: [v1.clauses[1], v1.clauses[0], v1.clauses[2]],
    }
    const diff = compareSnapshots(v1, v2)
    expect(diff.title?.some((p) => p.kind === 'added' && p.text.includes('online'))).toBe(true)
    expect(diff.purpose).not.toBeNull()
    expect(diff).toMatchObject({ jurisdictionsAdded: ['Germany'], jurisdictionsRemoved: ['United Kingdom'] })
    expect(
      diff.clauses
        .filter((c) => c.moved)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b'])
    expect(diff.clauses.find((c) => c.id === 'c')?.moved).toBe(false)
  })
})
