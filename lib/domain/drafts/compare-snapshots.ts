import { diffLawTexts, type DiffSegment } from '@/lib/domain/text-diff'
import type { DraftSnapshotData } from './draft-snapshot'

/**
 * A negotiator-readable comparison of two versions of a draft: what happened to each clause
 * (matched by id, so an edited clause is "changed", not "removed + added") with a word diff of
 * its text (the app's law-text diff), plus changes to the title, purpose and participants.
 */
type ClauseDiff = {
  id: string
  change: 'added' | 'removed' | 'changed' | 'unchanged'
  heading: string | null
  previousHeading: string | null
  moved: boolean
  text: DiffSegment[]
  linksAdded: string[]
  linksRemoved: string[]
  sourceChanged: { before: string | null; after: string | null } | null
}
export type SnapshotDiff = {
  title: DiffSegment[] | null
  purpose: DiffSegment[] | null
  jurisdictionsAdded: string[]
  jurisdictionsRemoved: string[]
  clauses: ClauseDiff[]
  changeCount: number
}

const diffText = (before: string, after: string) => diffLawTexts(before, after).segments

export function compareSnapshots(before: DraftSnapshotData, after: DraftSnapshotData): SnapshotDiff {
  const oldClauses = new Map(before.clauses.map((c, index) => [c.id, { clause: c, index }]))
  const newIds = new Set(after.clauses.map((c) => c.id))
  const shared = new Set(after.clauses.filter((c) => oldClauses.has(c.id)).map((c) => c.id))
  const clauses: ClauseDiff[] = after.clauses.map((clause) => {
    const old = oldClauses.get(clause.id)
    if (!old)
      return {
        ...blank(clause.id, 'added', clause.heading),
        text: [{ text: clause.text, kind: 'added' }],
        linksAdded: clause.links,
      }
    const prev = old.clause
    const text = diffText(prev.text, clause.text)
    const linksAdded = clause.links.filter((l) => !prev.links.includes(l))
    const linksRemoved = prev.links.filter((l) => !clause.links.includes(l))
    const sourceChanged =
      prev.sourceCitation !== clause.sourceCitation
        ? { before: prev.sourceCitation, after: clause.sourceCitation }
        : null
    const moved = relativeOrder(before, prev.id, shared) !== relativeOrder(after, clause.id, shared)
    const changed =
      prev.heading !== clause.heading ||
      text.some((p) => p.kind !== 'same') ||
      linksAdded.length > 0 ||
      linksRemoved.length > 0 ||
      sourceChanged !== null ||
      moved
    return {
      id: clause.id,
      change: changed ? 'changed' : 'unchanged',
      heading: clause.heading,
      previousHeading: prev.heading,
      moved,
      text,
      linksAdded,
      linksRemoved,
      sourceChanged,
    }
  })
  // Removed clauses are shown where they used to be.
  for (const [id, { clause, index }] of oldClauses) {
    if (newIds.has(id)) continue
    clauses.splice(Math.min(index, clauses.length), 0, {
      ...blank(id, 'removed', clause.heading),
      text: [{ text: clause.text, kind: 'removed' }],
      linksRemoved: clause.links,
    })
  }
  const oldNames = before.jurisdictions.map((j) => j.name)
  const newNames = after.jurisdictions.map((j) => j.name)
  const title = before.title === after.title ? null : diffText(before.title, after.title)
  const purpose =
    (before.purpose ?? '') === (after.purpose ?? '') ? null : diffText(before.purpose ?? '', after.purpose ?? '')
  const jurisdictionsAdded = newNames.filter((n) => !oldNames.includes(n))
  const jurisdictionsRemoved = oldNames.filter((n) => !newNames.includes(n))
  const changeCount =
    clauses.filter((c) => c.change !== 'unchanged').length +
    (title ? 1 : 0) +
    (purpose ? 1 : 0) +
    jurisdictionsAdded.length +
    jurisdictionsRemoved.length
  return { title, purpose, jurisdictionsAdded, jurisdictionsRemoved, clauses, changeCount }
}

function blank(id: string, change: ClauseDiff['change'], heading: string | null): ClauseDiff {
  return {
    id,
    change,
    heading,
    previousHeading: heading,
    moved: false,
    text: [],
    linksAdded: [],
    linksRemoved: [],
    sourceChanged: null,
  }
}

/** Position among the clauses both versions share, so inserting a clause does not mark the rest "moved". */
function relativeOrder(snapshot: DraftSnapshotData, id: string, shared: Set<string>) {
  return snapshot.clauses.filter((c) => shared.has(c.id)).findIndex((c) => c.id === id)
}
