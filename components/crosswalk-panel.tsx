import Link from 'next/link'
import type { ReactNode } from 'react'
import type { CrosswalkEntryView, CrosswalkView } from '@/lib/data/drafts/find-crosswalks'

/**
 * "Equivalent articles in other instruments" for a provision or criterion, from the crosswalks
 * (stored data, prisma/data/crosswalks.json). The entry for the item itself is left out.
 */
export function CrosswalkPanel({
  crosswalks,
  self,
  headingLevel = 4,
  entryAction,
}: {
  crosswalks: CrosswalkView[]
  self: { provisionId?: string; criterionId?: string }
  headingLevel?: 3 | 4 | 5
  /** e.g. "start a clause from this article" on the draft page */
  entryAction?: (entry: CrosswalkEntryView) => ReactNode
}) {
  if (crosswalks.length === 0) return null
  const Heading = `h${headingLevel}` as 'h3' | 'h4' | 'h5'
  return (
    <aside aria-label="Equivalent articles" className="mt-3 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
      {crosswalks.map((crosswalk) => (
        <div key={crosswalk.slug} className="[&+&]:mt-3">
          <Heading className="font-semibold text-brand-900">
            <span aria-hidden="true">⇄ </span>Equivalent articles: {crosswalk.label}
          </Heading>
          <ul className="mt-1 space-y-1">
            {crosswalk.entries
              .filter(
                (e) =>
                  (self.provisionId ? e.provisionId !== self.provisionId : true) &&
                  (self.criterionId ? e.criterionId !== self.criterionId : true),
              )
              .map((e) => (
                <li key={e.id}>
                  <span className="mr-1 rounded bg-white px-1.5 py-0.5 text-xs text-slate-700">
                    {e.kind === 'provision' ? 'Article' : 'Criterion'}
                  </span>
                  {e.href ? <Link href={e.href}>{e.label}</Link> : e.label}
                  {e.note && <span className="text-slate-700"> — {e.note}</span>}
                  {entryAction?.(e)}
                </li>
              ))}
          </ul>
          {crosswalk.note && <p className="mt-1 text-slate-700">{crosswalk.note}</p>}
          <p className="mt-1">
            <Link href={`/crosswalks#${crosswalk.slug}`}>All crosswalks</Link>
          </p>
        </div>
      ))}
    </aside>
  )
}
