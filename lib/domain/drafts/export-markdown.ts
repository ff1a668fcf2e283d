import type { ExportModel, ExportRef } from './export-model'

/** The draft as Markdown. Text from the database is escaped so it can never become markup or HTML. */
export function renderDraftMarkdown(model: ExportModel): string {
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, '']
  if (model.purpose) lines.push(escapeMarkdown(model.purpose), '')
  lines.push(
    `_${escapeMarkdown(model.meta)}_`,
    '',
    `**Conformity forecast.** ${escapeMarkdown(model.summary)}`,
    '',
    '## Clauses',
    '',
  )
  if (model.clauses.length === 0) lines.push('This draft has no clauses yet.', '')
  for (const clause of model.clauses) {
    lines.push(
      `### ${escapeMarkdown(clause.title)}`,
      '',
      ...clause.text.split(/\r?\n/).map((l) => `> ${escapeMarkdown(l)}`),
      '',
    )
    if (clause.source) lines.push(`Source: ${link(clause.source)}`, '')
    if (clause.links.length) lines.push(`Linked to: ${clause.links.map(escapeMarkdown).join('; ')}`, '')
  }
  lines.push('## Conformity table', '')
  if (model.table.rows.length === 0) lines.push('No participating jurisdictions yet.', '')
  else {
    lines.push(
      `| ${model.table.header.map(cell).join(' | ')} |`,
      `|${model.table.header.map(() => ' --- ').join('|')}|`,
    )
    for (const row of model.table.rows)
      lines.push(`| ${[row.jurisdiction, ...row.cells.map((c) => c.text), row.changes].map(cell).join(' | ')} |`)
    lines.push(
      '',
      'Key: ✓ meets · ◐ partly meets · ✗ does not meet · ? not known (no assessment or definition recorded).',
      '',
    )
  }
  const withEvidence = model.clauses.filter((c) => c.evidence.length)
  if (withEvidence.length) {
    lines.push('## Evidence by clause', '')
    for (const clause of withEvidence) {
      lines.push(`### ${escapeMarkdown(clause.title)}`, '')
      for (const e of clause.evidence) {
        lines.push(
          `- **${escapeMarkdown(e.jurisdiction)}: ${escapeMarkdown(e.status)}.** ${e.basis.map(escapeMarkdown).join(' ')}${e.citations.length ? ` Evidence: ${e.citations.map(link).join('; ')}.` : ''}`,
        )
      }
      lines.push('')
    }
  }
  if (model.sources.length) lines.push('## Sources cited', '', ...model.sources.map((s) => `- ${link(s)}`), '')
  return `${lines.join('\n').trimEnd()}\n`
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&')
    .replace(/^(\s*)-/gm, '$1\\-')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
}

const cell = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, ' ')
const link = (ref: ExportRef) =>
  ref.url
    ? `[${escapeMarkdown(ref.text)}](<${ref.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(ref.text)
