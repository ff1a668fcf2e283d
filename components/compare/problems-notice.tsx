import type { CompareProblem } from '@/lib/schemas/compare'

/** Says, in words, which URL parameters were ignored and why; "too many jurisdictions" stands out. */
export function ProblemsNotice({ problems, notFound = [] }: { problems: CompareProblem[]; notFound?: string[] }) {
  if (!problems.length && !notFound.length) return null
  const blocking = problems.some((p) => p.code === 'too-many')
  return (
    <div
      role={blocking ? 'alert' : 'status'}
      className={`mb-6 rounded-md border p-4 text-sm ${blocking ? 'border-red-700/40 bg-red-50 text-red-900' : 'border-amber-700/30 bg-amber-50 text-amber-950'}`}
    >
      <p className="font-semibold">
        <span aria-hidden="true">{blocking ? '⛔ ' : '⚠ '}</span>
        {blocking ? 'Too many jurisdictions' : 'Part of this address was not understood'}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
        {notFound.map((code) => (
          <li key={code}>
            Nothing published is recorded for <span className="font-mono">{code}</span>; it is left out.
          </li>
        ))}
      </ul>
    </div>
  )
}
