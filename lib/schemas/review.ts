import { z } from 'zod'
import { optionalText } from './fields'

/** A reviewer's decision; a rejection must say why, so the editor can fix it. */
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'Choose approve or reject' }),
    comment: optionalText(2000),
  })
  .refine((value) => value.decision === 'approve' || Boolean(value.comment), {
    path: ['comment'],
    message: 'Say why you reject the change',
  })
