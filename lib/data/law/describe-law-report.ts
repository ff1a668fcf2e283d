import type { LawImportReport } from './import-law-document'

/** The report as plain lines (CLI and logs): work, expression, counts by element, warnings, errors root cause first. */
export function describeLawReport(report: LawImportReport): string[] {
  const lines: string[] = []
  if (report.work)
    lines.push(
      `work        ${report.work.uri} — ${report.work.title}${report.work.jurisdiction ? ` (${report.work.jurisdiction})` : ''}${report.work.exists ? ', exists' : ', new'}`,
    )
  if (report.expression)
    lines.push(
      `expression  ${report.expression.uri}${report.expression.asAt ? ` (as at ${report.expression.asAt})` : ''}`,
    )
  if (report.format) lines.push(`format      ${report.format}`)
  const byTag = Object.entries(report.counts.byTag)
    .sort((a, b) => b[1] - a[1])
    .map(([tag, n]) => `${tag} ${n}`)
    .join(', ')
  if (report.counts.provisions) lines.push(`provisions  ${report.counts.provisions}${byTag ? ` (${byTag})` : ''}`)
  if (report.result !== 'error')
    lines.push(
      `changes     ${report.counts.added} added, ${report.counts.changed} changed, ${report.counts.removed} removed`,
    )
  for (const w of report.warnings)
    lines.push(`WARNING     ${w.location}${w.field ? ` [${w.field}]` : ''}: ${w.message}`)
  for (const p of report.problems)
    lines.push(`ERROR       ${p.location}${p.field ? ` [${p.field}]` : ''}: ${p.message}`)
  const verdicts = {
    create: 'a new work and its first version',
    'new-version': 'a new version of an existing work',
    update: 'changes to an existing version',
    unchanged: 'unchanged: the same text is already imported',
    error: 'refused: nothing written',
  }
  lines.push(`result      ${verdicts[report.result]}`)
  return lines
}
