import { AppError } from '@/lib/errors/app-error'
import { can, type Permission, type Role } from './permissions'

/** The signed-in person as the data layer sees them (never the session token or password). */
export type CurrentUser = { id: string; name: string; email: string; role: Role }

/** Data functions call this first: authorisation sits where the data is touched. */
export function assertCan(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.')
  if (!can(user.role, permission)) throw new AppError('FORBIDDEN', 'Your role does not allow this.')
}
