import type { ReactNode } from 'react'

/**
 * The comparison form's frame: folded under "Change the comparison" once a result is shown, and
 * open without a disclosure while there is none, so the picker is the first stop after the view
 * tabs (fewer keystrokes from the top of the page, issue 19).
 */
export function CompareControls({
  folded,
  summary,
  children,
}: {
  folded: boolean
  summary: string
  children: ReactNode
}) {
  if (!folded) return <div className="compare-controls mb-6">{children}</div>
  return (
    <details className="compare-controls mb-6">
      <summary className="no-print cursor-pointer text-sm font-semibold text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  )
}
