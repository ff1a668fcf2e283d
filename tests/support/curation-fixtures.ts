import type { Db } from '@/lib/db/prisma'
import type { CurrentUser } from '@/lib/auth/current-user'
import type { Role } from '@/lib/auth/permissions'
import { insertUser } from '@/lib/data/user-accounts'

/** Users and a minimal piece of law for curation tests; every name carries a unique suffix. */
let counter = 0
function unique(prefix: string) {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${counter}`
}

export async function createTestUser(
  db: Db,
  role: Role,
  password = 'correct horse battery staple',
): Promise<CurrentUser & { password: string }> {
  const email = `${unique(role)}@example.org`
  const user = await insertUser(db, {
    name: `${role[0].toUpperCase()}${role.slice(1)} ${email.slice(0, 6)}`,
    email,
    password,
    role,
  })
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, name: true, email: true } })
  return { ...row, role, password }
}

export async function createJurisdiction(db: Db, code = `X${String.fromCharCode(65 + (counter++ % 26))}`) {
  return db.jurisdiction.create({ data: { code, name: `Testland ${code}`, kind: 'STATE' } })
}
