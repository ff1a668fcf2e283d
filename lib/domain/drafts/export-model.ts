import type { DraftForecast, EvidenceRef } from './conformity'
import { describeForecast } from './forecast-summary'
import { conformityLabels, conformitySymbols, type ConformityStatus } from './status'

/**
 * The content of an exported draft, shared by the Word and Markdown exports so they always say the
 * same thing: clauses with their sources and links, the forecast table, and the evidence behind it.
 */
export type ExportInput = {
  draft: { title: string; purpose: string | null; version: number; owner: { name: string } }
  jurisdictions: { id: string; code: string; name: string }[]
  clauses: {
    id: string
    heading: string | null
    text: string
    sourceCitation: string | null
    sourceHref: string | null
    links: { label: string }[]
  }[]
  forecast: DraftForecast
  crosswalks: {
    label: string
    entries: { label: string; href: string | null; provisionId: string | null; criterionId: string | null }[]
  }[]
  exportedAt: Date
  /** Origin that makes every link absolute, so the file works outside the site */
  baseUrl: string
}
type ExportCell = { status: ConformityStatus; text: string }
export type ExportModel = {
  title: string
  purpose: string | null
  meta: string
  summary: string
  clauses: {
    number: number
    title: string
    text: string
    source: ExportRef | null
    links: string[]
    evidence: { jurisdiction: string; status: string; basis: string[]; citations: ExportRef[] }[]
  }[]
  table: { header: string[]; rows: { jurisdiction: string; cells: ExportCell[]; changes: string }[] }
  sources: ExportRef[]
}
export type ExportRef = { text: string; url: string | null }

export function buildExportModel(input: ExportInput): ExportModel {
  const numberOf = (clauseId: string) => input.clauses.findIndex((c) => c.id === clauseId) + 1
  const url = (href: string | null) => (href ? new URL(href, input.baseUrl).toString() : null)
  const ref = (e: EvidenceRef): ExportRef => ({ text: e.citation, url: url(e.href) })
  const cellText = (status: ConformityStatus) => `${conformitySymbols[status]} ${conformityLabels[status]}`

  const clauses = input.clauses.map((clause, index) => {
    const forecast = input.forecast.clauses[index]
    return {
      number: index + 1,
      title: `Clause ${index + 1}${clause.heading ? ` — ${clause.heading}` : ''}`,
      text: clause.text,
      source: clause.sourceCitation ? { text: clause.sourceCitation, url: url(clause.sourceHref) } : null,
      links: clause.links.map((l) => l.label),
      evidence: forecast.linked
        ? input.jurisdictions.map((j, ji) => ({
            jurisdiction: j.name,
            status: cellText(forecast.cells[ji].status),
            basis: forecast.cells[ji].links.map((l) => `${l.label}: ${l.basis}`),
            citations: forecast.cells[ji].links.flatMap((l) => l.evidence.map(ref)),
          }))
        : [],
    }
  })

  const sources = new Map<string, ExportRef>()
  for (const c of clauses) if (c.source) sources.set(c.source.text, c.source)
  for (const c of clauses) for (const e of c.evidence) for (const r of e.citations) sources.set(r.text, r)

  return {
    title: input.draft.title,
    purpose: input.draft.purpose,
    meta: `Version ${input.draft.version} by ${input.draft.owner.name}, exported from LexBridge on ${input.exportedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}. Participating jurisdictions: ${input.jurisdictions.map((j) => j.name).join(', ') || 'none yet'}.`,
    summary: describeForecast(input.forecast, numberOf),
    clauses,
    table: {
      header: ['Jurisdiction', ...clauses.map((c) => `Clause ${c.number}`), 'Changes needed on'],
      rows: input.forecast.jurisdictions.map((j, ji) => ({
        jurisdiction: j.name,
        cells: input.forecast.clauses.map((c) =>
          c.linked
            ? { status: c.cells[ji].status, text: cellText(c.cells[ji].status) }
            : { status: 'UNKNOWN' as const, text: '— not linked' },
        ),
        changes: j.clausesRequiringChange.length
          ? j.clausesRequiringChange.map((id) => `Clause ${numberOf(id)}`).join(', ')
          : 'none',
      })),
    },
    sources: [...sources.values()].sort((a, b) => a.text.localeCompare(b.text)),
  }
}

/** The export's file name without extension: the title as a slug (at most 60 characters) and the version. */
export function exportFileName(draft: { title: string; version: number }): string {
  const slug = draft.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `${slug || 'draft'}-v${draft.version}`
}
