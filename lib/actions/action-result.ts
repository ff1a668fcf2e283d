import type { FieldErrors } from '@/lib/errors/app-error'
import { z, ZodError } from 'zod'
import { isAppError } from '@/lib/errors/app-error'
import { formDataToObject } from '@/lib/schemas/drafts'

/** The one result shape of every server action. `details` carries safe extra data (a conflict's other change). */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; details?: unknown; code?: string }

export const GENERIC_ERROR = 'Something went wrong on our side. Nothing was changed. Try again in a moment.'

/** Expected failures (AppError) become results; anything else is logged and hidden behind a generic message. */
function toFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (isAppError(error))
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      details: error.details,
    }
  // A tampered hidden field or bound argument: a bad request, not a server fault.
  if (error instanceof ZodError)
    return { ok: false, code: 'BAD_REQUEST', message: 'The request was not valid. Reload the page and try again.' }
  console.error('[action] unexpected error', error)
  return { ok: false, message: GENERIC_ERROR }
}

export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message }
  } catch (error) {
    // next/navigation's redirect() works by throwing; let it through.
    if (
      error instanceof Error &&
      'digest' in error &&
      String((error as { digest?: unknown }).digest).startsWith('NEXT_')
    )
      throw error
    return toFailure(error)
  }
}

/**
 * A form's action: the form validated by its zod schema (field errors returned, not thrown), then
 * the work inside runAction, whose message (a sentence for the user) comes with its result.
 */
export async function runFormAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>) => Promise<{ data: T; message: string }>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(formDataToObject(formData))
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>
    return { ok: false, fieldErrors, message: 'Some fields need attention.' }
  }
  let message = ''
  const result = await runAction(async () => {
    const outcome = await run(parsed.data)
    message = outcome.message
    return outcome.data
  })
  return result.ok ? { ...result, message } : result
}
