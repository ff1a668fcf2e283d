'use server'
import { revalidatePath } from 'next/cache'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { requireUser } from '@/lib/auth/session'
import { createUser, setUserDisabled, setUserRole } from '@/lib/data/user-accounts'
import { validationError } from '@/lib/errors/app-error'
import { fieldErrorsOf } from '@/lib/schemas/records'
import { newUserSchema, userDisabledSchema, userRoleSchema } from '@/lib/schemas/users'

export async function createUserAction(
  _previous: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const user = await requireUser('user:manage')
    const parsed = newUserSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error))
    const created = await createUser(db, { user, input: parsed.data })
    revalidatePath('/admin/users')
    return { email: created.email }
  })
}

export async function updateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser('user:manage')
    const values = Object.fromEntries(formData)
    if ('role' in values) {
      const parsed = userRoleSchema.parse(values)
      await setUserRole(db, { user, userId: parsed.userId, role: parsed.role })
    } else {
      const parsed = userDisabledSchema.parse(values)
      await setUserDisabled(db, { user, userId: parsed.userId, disabled: parsed.disabled })
    }
    revalidatePath('/admin/users')
    return undefined
  }, 'Saved.')
}
