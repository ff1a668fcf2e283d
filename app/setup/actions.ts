'use server'
import { db } from '@/lib/db'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { completeSetup } from '@/lib/data/setup-token'
import { validationError } from '@/lib/errors/app-error'
import { fieldErrorsOf } from '@/lib/schemas/records'
import { setupAdminSchema } from '@/lib/schemas/users'

/** Public on purpose (there is no admin yet): the one-time token is the credential. */
export async function completeSetupAction(
  _previous: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const parsed = setupAdminSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error))
    const user = await completeSetup(db, parsed.data)
    return { email: user.email }
  })
}
