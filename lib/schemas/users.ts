import { z } from 'zod'
import { roles } from '@/lib/auth/permissions'
import { isGuessablePassword, WEAK_PASSWORD_MESSAGE } from './password-strength'
import { requiredText } from './fields'
import { emailSchema } from './sign-in'

/**
 * Account inputs: first-admin setup and user management, shared by actions and the CLI (server
 * side: the password check carries a large dictionary, so the sign-in form has its own file).
 */
const passwordSchema = z
  .string({ error: 'Required' })
  .min(12, 'Use at least 12 characters')
  .max(128, 'At most 128 characters')

const newAccountShape = {
  name: requiredText(100, 2),
  email: emailSchema,
  password: passwordSchema,
}

/** A new password must not be guessable, also from the account's own name and email. */
function refuseGuessable(input: { name: string; email: string; password: string }, ctx: z.RefinementCtx) {
  if (isGuessablePassword(input.password, [input.name, input.email]))
    ctx.addIssue({ code: 'custom', path: ['password'], message: WEAK_PASSWORD_MESSAGE })
}

export const newUserSchema = z
  .object({ ...newAccountShape, role: z.enum(roles, { error: 'Choose a role' }) })
  .superRefine(refuseGuessable)
export type NewUserInput = z.infer<typeof newUserSchema>

export const setupAdminSchema = z
  .object({ ...newAccountShape, token: z.string().min(20).max(200) })
  .superRefine(refuseGuessable)

export const userRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(roles, { error: 'Choose a role' }),
})
export const userDisabledSchema = z.object({
  userId: z.string().min(1).max(100),
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
})
