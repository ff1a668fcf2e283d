/** Shows how sure LexBridge is of a record, in words (never colour alone). */
export function VerificationBadge({ status }: { status: 'VERIFIED' | 'NEEDS_REVIEW' }) {
  return status === 'VERIFIED' ? (
    <span className="inline-flex items-center gap-1 rounded-full border border-emerald-700/30 bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
      <span aria-hidden="true">✓</span> Verified
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded-full border border-amber-700/30 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
      <span aria-hidden="true">!</span> Needs review
    </span>
  )
}

export function TextKindBadge({ kind }: { kind: 'VERBATIM' | 'SUMMARY' }) {
  return (
    <span className="inline-flex rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700">
      {kind === 'VERBATIM' ? 'Verbatim text' : 'Summary'}
    </span>
  )
}
