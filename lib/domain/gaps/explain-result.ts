import { provisionHref } from '../links'
import type { CellOutcome } from './evaluate-cell'
import type { ProvisionRef } from './gap-inputs'

/**
 * Plain words and citations for one evaluated (jurisdiction, criterion) result, shared by the
 * readiness page and the drafts' forecast so they explain a result the way the matrix reached it.
 * Rule names (csam-virtual …) never appear: derived results are told by the sentence each rule
 * returns ("A recorded CSAM definition covers virtual or generated material.").
 */
export type ResultEvidence = { citation: string; href: string | null }

const ref = (p: ProvisionRef, pinpoint: string | null): ResultEvidence => ({
  citation: pinpoint ? `${p.citation}, ${pinpoint}` : p.citation,
  href: provisionHref(p.instrumentUri, p.eId),
})

/** The provisions a result rests on: the assessment's evidence, then each met element's provision, then derived sources. */
export function resultEvidence(cell: Pick<CellOutcome, 'evidence' | 'elements'>): ResultEvidence[] {
  const all: ResultEvidence[] = [
    ...cell.evidence.map((e) => ref(e.provision, e.pinpoint)),
    ...cell.elements.flatMap((e) =>
      e.status === 'MET' && e.source === 'curated' && e.curated?.provision
        ? [ref(e.curated.provision, e.curated.pinpoint)]
        : [],
    ),
    ...cell.elements.flatMap((e) =>
      e.source === 'derived' && e.derived ? e.derived.sources.map((citation) => ({ citation, href: null })) : [],
    ),
  ]
  const seen = new Set<string>()
  return all.filter((r) => !seen.has(r.citation) && seen.add(r.citation))
}

/** Why an element stands as it does, in words a reader can check (no internal rule names). */
export function explainElement(e: CellOutcome['elements'][number]): string | null {
  if (e.source === 'reservation' && e.reservation)
    return `Covered by a reservation to art. ${e.reservation.articles.join(', ')}.`
  if (e.source === 'derived' && e.derived) return `Worked out from recorded law: ${e.derived.reason}`
  if (e.dateNote) return e.dateNote
  return e.curated?.note ?? null
}

/**
 * The basis of a whole result: the curator's rationale when the assessment stands, otherwise how it
 * was worked out from its elements; null when nothing is recorded or derived.
 */
export function explainResult(cell: CellOutcome, rationale: string | null): string | null {
  if (cell.source === 'none') return null
  if (cell.source === 'curated') return [rationale, cell.dateNote].filter(Boolean).join(' ') || null
  const reasons = cell.elements.flatMap((e) => {
    const why = explainElement(e)
    return why && e.status !== 'UNKNOWN' ? [why] : []
  })
  const unknown = cell.elements.filter((e) => e.status === 'UNKNOWN').length
  const intro = cell.assessmentId
    ? 'Rolled up from the elements on this date.'
    : 'Not assessed by a curator; worked out from recorded law.'
  const rest = unknown ? ` ${unknown} of ${cell.elements.length} elements not assessed yet.` : ''
  return `${intro} ${[...new Set(reasons)].join(' ')}${rest}`.trim()
}
