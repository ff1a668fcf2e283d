import { redirect } from 'next/navigation'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'

/** Where sign-in lands without a `next`: curators to /admin, negotiators and other users to their drafts. */
export default async function SignedInPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in')
  redirect(can(user.role, 'curation:read') ? '/admin' : '/drafts')
}
