import 'server-only'
import { z } from 'zod'
import { isAppError } from '@/lib/errors/app-error'
import { formDataToObject } from '@/lib/schemas/drafts'
import { getDraftUser, type DraftUser } from './current-user'

/**
 * The result every draft action returns, and the one wrapper that produces it: sign-in check,
 * validation with the form's zod schema, AppErrors shown as their message, anything unexpected
 * logged and shown as a generic message (never a stack trace).
 */
export type ActionResult<T = null> = { ok: true; data: T; message: string } | { ok: false; fieldErrors?: Record<string, string[]>; message: string }

export async function runDraftAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>, user: DraftUser) => Promise<{ data: T; message: string }>,
): Promise<ActionResult<T>> {
  const user = await getDraftUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again to change drafts.' }
  const parsed = schema.safeParse(formDataToObject(formData))
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: 'Some fields need attention.' }
  try {
    const { data, message } = await run(parsed.data, user)
    return { ok: true, data, message }
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors }
    console.error('Draft action failed', error)
    return { ok: false, message: 'Something went wrong on our side and your change was not saved. Please try again.' }
  }
}
