import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findCrosswalks } from '@/lib/data/drafts/find-crosswalks'

export const metadata: Metadata = { title: 'Crosswalks' }

/** Every crosswalk: groups of equivalent articles and criteria across instruments. */
export default async function CrosswalksPage() {
  const crosswalks = await findCrosswalks(db)
  return (
    <div>
      <PageHeader
        title="Crosswalks"
        lead="Equivalent articles across treaties, directives, model laws and indices, for reading one instrument through another and for drafting."
      />
      <Section id="all" title="All crosswalks" count={crosswalks.length} empty="No crosswalk is recorded yet.">
        <ul className="space-y-4">
          {crosswalks.map((c) => (
            <li key={c.slug} id={c.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold">{c.label}</h3>
              {c.note && <p className="mt-1 text-slate-700">{c.note}</p>}
              <ul className="mt-2 space-y-1 text-sm">
                {c.entries.map((e) => (
                  <li key={e.id}>
                    <span className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                      {e.kind === 'provision' ? 'Article' : 'Criterion'}
                    </span>
                    {e.href ? <Link href={e.href}>{e.label}</Link> : e.label}
                    {e.note && <span className="text-slate-700"> — {e.note}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}
