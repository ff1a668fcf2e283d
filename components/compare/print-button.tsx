'use client'

/** Opens the browser's print dialog; the print stylesheet (app/compare/compare.css) gives a clean PDF. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:border-brand-600">
      Print or save as PDF
    </button>
  )
}
