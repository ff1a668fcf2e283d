/** What a seed run did: per record type how many rows it created, changed or left alone, and what it skipped. */
export type SeedCounts = { created: number; updated: number; unchanged: number }

/** A record the seed could not load (dangling reference, duplicate key, invalid file); data:check fails on these. */
type SeedProblem = { source: string; record: string; message: string }

export type SeedReport = {
  counts: Record<string, SeedCounts>
  problems: SeedProblem[]
  /** Defects in third-party reference files that the seed corrected (UN treaty CSVs …) */
  fixes: string[]
  /** Things skipped on purpose that are not data errors (e.g. a treaty whose instrument file is not written yet) */
  warnings: string[]
  /** Revision rows written (one per created or changed curated record) */
  revisions: number
  durationMs: number
}

export function createReport(): SeedReport {
  return { counts: {}, problems: [], fixes: [], warnings: [], revisions: 0, durationMs: 0 }
}

export function countFor(report: SeedReport, entity: string): SeedCounts {
  report.counts[entity] ??= { created: 0, updated: 0, unchanged: 0 }
  return report.counts[entity]
}

/** Totals over all record types, e.g. to tell whether a re-seed changed anything. */
export function totalCounts(report: SeedReport): SeedCounts {
  const total = { created: 0, updated: 0, unchanged: 0 }
  for (const counts of Object.values(report.counts)) {
    total.created += counts.created
    total.updated += counts.updated
    total.unchanged += counts.unchanged
  }
  return total
}

/** Human-readable lines for CLIs. */
export function formatReport(report: SeedReport): string[] {
  const lines = Object.entries(report.counts).map(
    ([entity, c]) =>
      `${entity.padEnd(24)} ${String(c.created).padStart(6)} created ${String(c.updated).padStart(6)} updated ${String(c.unchanged).padStart(6)} unchanged`,
  )
  const total = totalCounts(report)
  lines.push(
    `${'total'.padEnd(24)} ${String(total.created).padStart(6)} created ${String(total.updated).padStart(6)} updated ${String(total.unchanged).padStart(6)} unchanged`,
  )
  lines.push(`revisions written: ${report.revisions}; time ${(report.durationMs / 1000).toFixed(2)} s`)
  if (report.fixes.length)
    lines.push(`source defects fixed (${report.fixes.length}):`, ...report.fixes.map((fix) => `  fixed: ${fix}`))
  if (report.warnings.length)
    lines.push(`warnings (${report.warnings.length}):`, ...report.warnings.map((warning) => `  warning: ${warning}`))
  if (report.problems.length) {
    lines.push(
      `problems, records skipped (${report.problems.length}):`,
      ...report.problems.map((p) => `  ${p.source} ${p.record}: ${p.message}`),
    )
  }
  return lines
}
