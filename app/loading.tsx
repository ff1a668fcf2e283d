/** Streamed while a page's data loads: the header stays usable and screen readers hear progress. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-1/3 rounded bg-slate-200" />
      <div className="mt-4 h-4 w-2/3 rounded bg-slate-200" />
      <div className="mt-8 space-y-3">
        <div className="h-16 rounded bg-slate-200" />
        <div className="h-16 rounded bg-slate-200" />
        <div className="h-16 rounded bg-slate-200" />
      </div>
    </div>
  )
}
