import { z } from 'zod'

/** Sign-in form (client and server). Kept apart from lib/schemas/users.ts, whose password check is server-sized. */
export const emailSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.email({ error: 'Enter an email address such as name@example.org' }).max(254),
)

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Required' }).min(1, 'Enter your password').max(128, 'At most 128 characters'),
})
