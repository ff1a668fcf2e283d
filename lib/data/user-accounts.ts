import { hashPassword } from 'better-auth/crypto'
import type { Db } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { assertCan, type CurrentUser } from '@/lib/auth/current-user'
import { AppError, validationError } from '@/lib/errors/app-error'
import type { Role } from '@/lib/auth/permissions'
import type { NewUserInput } from '@/lib/schemas/users'

type Tx = Db | Prisma.TransactionClient

/**
 * Creates an account with Better Auth's own password hashing, the same rows its sign-up writes
 * (a user and a "credential" account). Used by admins, `npm run user:create` and first-admin setup.
 */
export async function insertUser(tx: Tx, input: NewUserInput) {
  const exists = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (exists) throw validationError({ email: ['An account with this email already exists'] })
  const user = await tx.user.create({
    data: { name: input.name, email: input.email, role: input.role, emailVerified: true },
    select: { id: true, email: true, role: true },
  })
  await tx.account.create({
    data: {
      userId: user.id,
      accountId: user.id,
      providerId: 'credential',
      password: await hashPassword(input.password),
    },
  })
  return user
}

export async function createUser(db: Db, { user: actor, input }: { user: CurrentUser | null; input: NewUserInput }) {
  assertCan(actor, 'user:manage')
  return insertUser(db, input)
}

export async function findUsers(db: Db, { user: actor }: { user: CurrentUser | null }) {
  assertCan(actor, 'user:manage')
  return db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  })
}

async function assertNotLastAdmin(db: Db, userId: string) {
  const admins = await db.user.findMany({ where: { role: 'admin', disabled: false }, select: { id: true } })
  if (admins.length === 1 && admins[0].id === userId)
    throw new AppError('CONFLICT', 'This is the last active admin. Make someone else an admin first.')
}

export async function setUserRole(
  db: Db,
  { user: actor, userId, role }: { user: CurrentUser | null; userId: string; role: Role },
) {
  assertCan(actor, 'user:manage')
  if (role !== 'admin') await assertNotLastAdmin(db, userId)
  await db.user.update({ where: { id: userId }, data: { role } })
}

/** Disabling also ends the person's sessions at once. */
export async function setUserDisabled(
  db: Db,
  { user: actor, userId, disabled }: { user: CurrentUser | null; userId: string; disabled: boolean },
) {
  assertCan(actor, 'user:manage')
  if (disabled) await assertNotLastAdmin(db, userId)
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabled } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
  ])
}

export async function countAdmins(db: Tx) {
  return db.user.count({ where: { role: 'admin', disabled: false } })
}
