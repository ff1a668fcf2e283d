import { z } from 'zod'
import { roles } from '@/lib/auth/permissions'
import { requiredText } from './fields'

/** Account inputs: sign-in, first-admin setup, user management. Shared by forms, actions and the CLI. */
const emailSchema = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.email({ error: 'Enter an email address such as name@example.org' }).max(254))
const passwordSchema = z.string({ error: 'Required' }).min(12, 'Use at least 12 characters').max(128, 'At most 128 characters')

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Required' }).min(1, 'Enter your password').max(128, 'At most 128 characters'),
})

export const newUserSchema = z.object({
  name: requiredText(100, 2),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(roles, { error: 'Choose a role' }),
})
export type NewUserInput = z.infer<typeof newUserSchema>

export const setupAdminSchema = newUserSchema.omit({ role: true }).extend({ token: z.string().min(20).max(200) })

export const userRoleSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(roles, { error: 'Choose a role' }) })
export const userDisabledSchema = z.object({ userId: z.string().min(1).max(100), disabled: z.enum(['true', 'false']).transform((v) => v === 'true') })
