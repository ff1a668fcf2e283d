import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SavedViewCard } from '@/components/saved-views/saved-view-card'
import { PageHeader } from '@/components/ui/page-header'
import { db } from '@/lib/db'
import { getCurrentUser } from '@/lib/auth/session'
import { findSavedViews } from '@/lib/data/saved-views/saved-views'
import { signInHref } from '@/lib/domain/links'
import { deleteViewAction, openViewAction, renameViewAction, saveViewAction } from './actions'

export const metadata: Metadata = { title: 'Saved views' }

const actions = { save: saveViewAction, rename: renameViewAction, remove: deleteViewAction, open: openViewAction }

/** A signed-in user's saved comparison and gap views, each with what changed since it was last opened. */
export default async function SavedViewsPage() {
  const user = await getCurrentUser()
  if (!user) redirect(signInHref('/saved'))
  const views = await findSavedViews(db, { user })
  return (
    <div>
      <PageHeader
        title="Saved views"
        lead="Comparisons and gap analyses you saved, with the published changes to their jurisdictions, standard or topic since you last opened each one."
      />
      {views.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          You have no saved views yet. On a comparison or a gap analysis, use “Save this view”.
        </p>
      ) : (
        <ul className="space-y-4">
          {views.map((view) => (
            <li key={view.id}>
              <SavedViewCard view={view} actions={actions} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
