import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/fields'
import { getCurrentUser } from '@/lib/auth/session'
import { signInHref } from '@/lib/domain/links'
import type { SavedViewPage } from '@/lib/schemas/saved-views'
import type { SavedViewActions } from './saved-view-actions'

/**
 * "Save this view" beside a comparison or gap matrix: signed-in users name it and find it again
 * under Saved views, with what changed since they last looked; visitors get a sign-in link.
 */
export async function SaveViewPanel({
  action,
  page,
  query,
  suggestedName,
}: {
  action: SavedViewActions['save']
  page: SavedViewPage
  query: string
  suggestedName: string
}) {
  const user = await getCurrentUser()
  const here = `/${page}${query ? `?${query}` : ''}`
  if (!user)
    return (
      <Link href={signInHref(here)} className="no-print text-sm">
        Sign in to save this view
      </Link>
    )
  return (
    <details className="no-print w-full text-sm sm:w-auto">
      <summary className="cursor-pointer font-medium text-brand-700">Save this view</summary>
      <ActionForm
        action={action}
        schema="saveView"
        submitLabel="Save view"
        variant="secondary"
        className="mt-2 max-w-md"
      >
        <input type="hidden" name="page" value={page} />
        <input type="hidden" name="query" value={query} />
        <TextField name="name" label="Name of the view" defaultValue={suggestedName} />
      </ActionForm>
      <p className="mt-1 text-slate-700">
        <Link href="/saved">Your saved views</Link> show what changed since you last opened each one.
      </p>
    </details>
  )
}
