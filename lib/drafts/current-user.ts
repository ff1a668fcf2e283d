import 'server-only'
import { getCurrentUser } from '@/lib/auth/session'

/**
 * The signed-in user as the drafts feature sees them. The one seam between drafts and auth:
 * drafts need no role (any signed-in user may write drafts and share them), only who is acting.
 */
export type DraftUser = { id: string; name: string; email: string }

export async function getDraftUser(): Promise<DraftUser | null> {
  const user = await getCurrentUser()
  return user ? { id: user.id, name: user.name, email: user.email } : null
}

export const signInHref = (returnTo: string) => `/sign-in?next=${encodeURIComponent(returnTo)}`
