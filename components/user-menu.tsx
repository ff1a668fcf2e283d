import Link from 'next/link'
import { getCurrentUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { SignOutButton } from './auth/sign-out-button'

/** Header corner: "Sign in" for visitors; name, saved views, Admin link (curators) and sign-out. */
export async function UserMenu() {
  const user = await getCurrentUser()
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-slate-700">
        Sign in
      </Link>
    )
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/saved">Saved views</Link>
      {can(user.role, 'curation:read') && (
        <Link href="/admin" className="font-medium">
          Admin
        </Link>
      )}
      <span className="text-slate-700">{user.name}</span>
      <SignOutButton />
    </div>
  )
}
