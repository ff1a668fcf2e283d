import Link from 'next/link'
import type { StandardSummary } from '@/lib/data/find-standards'
import { gapsHref } from '@/lib/domain/gaps/gap-url'

/** Cards for choosing a standard; each says how much is assessed so an empty matrix is no surprise. */
export function StandardPicker({ standards }: { standards: StandardSummary[] }) {
  if (!standards.length)
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">
        No baseline standard is recorded yet.
      </p>
    )
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {standards.map((s) => (
        <li key={s.slug} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">
            <Link href={gapsHref({ standard: s.slug })}>{s.name}</Link>
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {s.issuer}
            {s.edition && ` · ${s.edition}`} · {s.criterionCount} criteria · {s.assessmentCount} assessments
          </p>
          <p className="mt-2 text-sm">
            <Link href={`/standards/${s.slug}`}>Criteria and elements</Link>
          </p>
        </li>
      ))}
    </ul>
  )
}
