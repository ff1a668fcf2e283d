import 'server-only'
import { cache } from 'react'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getAuth } from './auth'
import { assertCan, type CurrentUser } from './current-user'
import { can, isRole, type Permission } from './permissions'
import { signInHref } from '@/lib/domain/links'

/** The signed-in user for this request, or null. Disabled accounts count as signed out. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() })
  const user = session?.user as
    { id: string; name: string; email: string; role?: unknown; disabled?: unknown } | undefined
  if (!user || user.disabled === true) return null
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : 'viewer' }
})

/** For actions and route handlers: the user, or an AppError (401/403). */
export async function requireUser(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser()
  assertCan(user, permission)
  return user
}

/** For pages: send signed-out people to sign in and come back; show 403 text to the rest. */
export async function requirePageUser(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect(signInHref(returnTo))
  if (!can(user.role, permission)) redirect('/admin/forbidden')
  return user
}
