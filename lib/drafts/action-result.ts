import 'server-only'
import { z } from 'zod'
import { runAction, type ActionResult } from '@/lib/actions/action-result'
import { formDataToObject } from '@/lib/schemas/drafts'
import { getDraftUser, type DraftUser } from './current-user'

/**
 * Every draft action: the signed-in user, the form validated by its zod schema (field errors
 * returned, not thrown), then the work inside the app's runAction (AppErrors become messages,
 * anything else is logged and hidden behind a generic message).
 */
export async function runDraftAction<S extends z.ZodType, T>(schema: S, formData: FormData, run: (input: z.output<S>, user: DraftUser) => Promise<{ data: T; message: string }>): Promise<ActionResult<T>> {
  const user = await getDraftUser()
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again to change drafts.' }
  const parsed = schema.safeParse(formDataToObject(formData))
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: 'Some fields need attention.' }
  let message = ''
  const result = await runAction(async () => {
    const outcome = await run(parsed.data, user)
    message = outcome.message
    return outcome.data
  })
  return result.ok ? { ...result, message } : result
}
