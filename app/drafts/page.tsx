import type { Metadata } from 'next'
import Link from 'next/link'
import { SignInPrompt } from '@/components/drafts/sign-in-prompt'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { db } from '@/lib/db'
import { findDraftsForUser, type DraftListItem } from '@/lib/data/drafts/find-drafts'
import { getCurrentUser } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Drafts' }

export default async function DraftsPage() {
  const user = await getCurrentUser()
  const header = (
    <PageHeader
      title="Drafts"
      lead="Build treaty clauses and model laws from the law itself, and see at once what each clause would ask of each jurisdiction."
    />
  )
  if (!user)
    return (
      <div>
        {header}
        <SignInPrompt returnTo="/drafts" />
      </div>
    )
  const { owned, shared } = await findDraftsForUser(db, { user })
  return (
    <div>
      {header}
      <Link
        href="/drafts/new"
        className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
      >
        New draft
      </Link>
      <Section
        id="mine"
        title="My drafts"
        count={owned.length}
        empty="You have no drafts yet. Start one with “New draft”."
      >
        <DraftList drafts={owned} />
      </Section>
      <Section id="shared" title="Shared with me" count={shared.length} empty="No one has shared a draft with you yet.">
        <DraftList drafts={shared} />
      </Section>
    </div>
  )
}

function DraftList({ drafts }: { drafts: (DraftListItem & { access?: 'READ' | 'EDIT' })[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {drafts.map((d) => (
        <li key={d.id} className="p-4">
          <Link href={`/drafts/${d.id}`} className="font-medium">
            {d.title}
          </Link>
          {d.purpose && <p className="mt-1 line-clamp-2 text-sm text-slate-700">{d.purpose}</p>}
          <p className="mt-1 text-sm text-slate-600">
            {d._count.clauses} {d._count.clauses === 1 ? 'clause' : 'clauses'} · {d._count.jurisdictions}{' '}
            {d._count.jurisdictions === 1 ? 'jurisdiction' : 'jurisdictions'} · version {d.version} · changed{' '}
            {d.updatedAt.toLocaleDateString('en-GB', {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              timeZone: 'UTC',
            })}
            {d.access && (
              <>
                {' '}
                · by {d.owner.name}, you can {d.access === 'EDIT' ? 'edit' : 'read'}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
