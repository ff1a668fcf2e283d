/** An empty comparison cell: visibly a gap in the record (dashed, hatched, with words), never a blank. */
export function GapNote({ children = 'No provision recorded' }: { children?: string }) {
  return (
    <p className="gap-note flex items-center gap-2 rounded-md border border-dashed border-slate-400 bg-[repeating-linear-gradient(135deg,#f8fafc_0,#f8fafc_6px,#eef2f6_6px,#eef2f6_12px)] px-3 py-2 text-sm italic text-slate-700">
      <span aria-hidden="true" className="not-italic">
        ∅
      </span>
      {children}
    </p>
  )
}
