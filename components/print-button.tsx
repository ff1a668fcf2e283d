'use client'

/** Opens the browser's print dialog; the page's print styles (globals, app/compare/compare.css) hide navigation and controls. */
export function PrintButton({ label = 'Print this report' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
    >
      {label}
    </button>
  )
}
